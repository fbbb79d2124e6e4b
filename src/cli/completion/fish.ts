import { COMPLETE_COMMAND, FILES_DIRECTIVE } from './shells.js';

export const fishScript = `# coop completion for fish. Save it with: coop completion fish > ~/.config/fish/completions/coop.fish
function __coop_complete
    set -l words (commandline -opc)
    set -e words[1]
    # Quoted, so an empty current word is still passed: coop completes the word after a space.
    set -l current (commandline -ct)
    set -l candidates (coop ${COMPLETE_COMMAND} $words "$current" 2>/dev/null)
    if test "$candidates[1]" = "${FILES_DIRECTIVE}"
        __fish_complete_path (commandline -ct)
        return
    end
    if set -q candidates[1]
        printf '%s\n' $candidates
    end
end
complete -c coop -f -a '(__coop_complete)'
`;
