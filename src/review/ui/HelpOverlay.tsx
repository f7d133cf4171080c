import { Box, Text } from 'ink';
import { KEYMAP } from '../keymap.js';

/** Every key, from the one keymap table. */
export function HelpOverlay() {
  return (
    <Box flexDirection="column" borderStyle="double" paddingX={1}>
      <Text bold>unspin review — keys</Text>
      {KEYMAP.map((b) => (
        <Text key={b.label}>{`${b.label.padEnd(9)} ${b.help}`}</Text>
      ))}
      <Text dimColor>In the editor: Enter accepts, Esc cancels. Press ? to close.</Text>
    </Box>
  );
}
