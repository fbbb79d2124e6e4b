import { COMPLETE_COMMAND, FILES_DIRECTIVE } from './shells.js';

// Reads lines with `read`, never word-splits or globs what coop prints; works on bash 3.2 (macOS).
export const bashScript = `# coop completion for bash. Load it from ~/.bashrc with: eval "$(coop completion bash)"
_coop_complete() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" line
  COMPREPLY=()
  while IFS= read -r line; do
    if [[ "$line" == "${FILES_DIRECTIVE}" ]]; then
      compopt -o filenames 2>/dev/null
      COMPREPLY=()
      while IFS= read -r line; do COMPREPLY+=("$line"); done < <(compgen -f -- "$cur")
      return 0
    fi
    [[ -n "$line" ]] && COMPREPLY+=("$line")
  done < <(coop ${COMPLETE_COMMAND} "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
  return 0
}
complete -F _coop_complete coop
`;
