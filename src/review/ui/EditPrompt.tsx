import { Text } from 'ink';
import { sanitizeForTerminal } from '../../text/sanitize.js';

/** The inline editor for a hand-written replacement. */
export function EditPrompt({ value }: { value: string }) {
  return (
    <Text>
      <Text bold>{'replace with: '}</Text>
      {sanitizeForTerminal(value)}
      <Text inverse> </Text>
      <Text dimColor>{'  (Enter accept, Esc cancel)'}</Text>
    </Text>
  );
}
