import type { RecordView } from '../../core/status/record-view.js';
import type { FormatOf } from '../format-names.js';
import type { FormatterTable } from '../output-context.js';

// Loaded with the command; each format's code only when that format is asked for.
export const showFormatters: FormatterTable<FormatOf<'show'>, RecordView> = {
  text: async ({ stored, due, expiry, status }, ctx) => (await import('./text.js')).formatRecordText(stored.record, { paint: ctx.paint, width: ctx.width, file: ctx.path(stored.file), due, expiry, status }),
  json: async ({ stored, facts }) => {
    const [{ jsonText }, { recordJson }] = await Promise.all([import('../json.js'), import('../list/rows.js')]);
    return jsonText({ ...recordJson(stored), ...facts });
  },
  yaml: async ({ stored }) => (await import('../yaml.js')).yamlText(stored.record),
};
