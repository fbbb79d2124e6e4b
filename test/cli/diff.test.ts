import { describe, expect, it } from 'vitest';
import { coop } from '../helpers/cli.js';
import { agreementYaml, GitRepo, programmeYaml } from '../helpers/git-repo.js';

function repoWithHistory(): GitRepo {
  const commitment = (status: string, metOn = '') =>
    `commitments:\n  - id: working-group\n    text: Set up a working group\n    status: ${status}\n${metOn ? `    met_on: "${metOn}"\n` : ''}`;
  const repo = new GitRepo({
    'registry/agreements/pk-ps.yaml': agreementYaml('pk-ps', { extra: commitment('pending') }),
    'registry/agreements/old-one.yaml': agreementYaml('old-one', { parties: ['TR', 'PS'] }),
    'registry/programmes/kz-af-training.yaml': programmeYaml('kz-af-training'),
    'registry/programmes/gone.yaml': programmeYaml('gone'),
  }).commit('base');
  repo.git('tag', 'v1');
  repo
    .write({
      'registry/agreements/pk-ps.yaml': agreementYaml('pk-ps', { status: 'in-force', extra: commitment('met', '2025-10-15') }),
      'registry/agreements/kz-uz.yaml': agreementYaml('kz-uz', { parties: ['KZ', 'UZ'] }),
      'registry/agreements/tr-ps.yaml': agreementYaml('tr-ps', { parties: ['TR', 'PS'] }).replace('title: Agreement tr-ps', 'title: Agreement old-one'),
    })
    .remove('registry/agreements/old-one.yaml', 'registry/programmes/gone.yaml')
    .commit('change');
  return repo;
}

describe('coop diff', () => {
  it('lists added, removed, renamed and changed records with the changed fields (json)', async () => {
    const repo = repoWithHistory();
    const { code, stdout } = await coop(['diff', 'v1', 'HEAD', '--format', 'json'], { cwd: repo.dir });
    expect(code).toBe(0);
    const diff = JSON.parse(stdout);
    expect(diff.base.revision).toBe('v1');
    expect(diff.head.revision).toBe('HEAD');
    expect(diff.added).toEqual([{ id: 'kz-uz', kind: 'agreement', file: 'registry/agreements/kz-uz.yaml' }]);
    expect(diff.removed).toEqual([{ id: 'gone', kind: 'programme', file: 'registry/programmes/gone.yaml' }]);
    expect(diff.renamed).toEqual([
      { from: { id: 'old-one', kind: 'agreement', file: 'registry/agreements/old-one.yaml' }, to: { id: 'tr-ps', kind: 'agreement', file: 'registry/agreements/tr-ps.yaml' } },
    ]);
    expect(diff.changed).toEqual([
      {
        id: 'pk-ps',
        kind: 'agreement',
        file: 'registry/agreements/pk-ps.yaml',
        moved_from: null,
        changes: [
          { field: 'status', before: 'signed', after: 'in-force' },
          { field: 'commitments[working-group].status', before: 'pending', after: 'met' },
          { field: 'commitments[working-group].met_on', before: null, after: '2025-10-15' },
        ],
      },
    ]);
  });

  it('markdown for a step summary, against the work tree by default', async () => {
    const repo = repoWithHistory();
    repo.git('mv', 'registry/programmes/kz-af-training.yaml', 'registry/agreements/kz-af-training.yaml');
    const { stdout } = await coop(['diff', 'HEAD'], { cwd: repo.dir });
    const head = repo.git('rev-parse', '--short=7', 'HEAD').trim();
    expect(stdout).toBe(
      [
        '## Registry changes',
        '',
        `Comparing HEAD (${head}) with the work tree: 0 added, 0 removed, 0 renamed, 1 changed.`,
        '',
        '### Changed',
        '',
        '#### `kz-af-training`',
        '',
        'Moved from `registry/programmes/kz-af-training.yaml` to `registry/agreements/kz-af-training.yaml`.',
        '',
      ].join('\n'),
    );
    const full = await coop(['diff', 'v1', 'HEAD'], { cwd: repo.dir });
    expect(full.stdout).toContain('### Added\n\n- `kz-uz` (agreement): Agreement kz-uz, `registry/agreements/kz-uz.yaml`\n');
    expect(full.stdout).toContain('### Removed\n\n- `gone` (programme): Programme gone, `registry/programmes/gone.yaml`\n');
    expect(full.stdout).toContain('### Renamed\n\n- `old-one` → `tr-ps` (`registry/agreements/old-one.yaml` → `registry/agreements/tr-ps.yaml`)\n');
    expect(full.stdout).toContain('| Field | Before | After |\n| --- | --- | --- |\n| status | signed | in-force |\n| commitments\\[working-group\\].status | pending | met |\n| commitments\\[working-group\\].met\\_on | (none) | 2025-10-15 |\n');
  });

  it('says when nothing changed, and exits 2 on an unknown revision', async () => {
    const repo = new GitRepo({ 'registry/agreements/one.yaml': agreementYaml('one') }).commit('base');
    expect((await coop(['diff', 'HEAD'], { cwd: repo.dir })).stdout).toContain('0 added, 0 removed, 0 renamed, 0 changed.\n\nNo records changed.\n');
    const bad = await coop(['diff', 'nope'], { cwd: repo.dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown git revision "nope"');
  });
});
