import { Box, Text } from 'ink';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import type { Item } from '../state.js';
import { repairDiff } from './segments.js';

/** The proposed repair as a word diff; [-old-]{+new+} markers keep it readable without colour. */
export function DiffView({ item }: { item: Item }) {
  const f = item.finding;
  const replacement = item.replacement ?? f.expected[0] ?? f.actual;
  const parts = repairDiff(f.actual, replacement);
  return (
    <Box flexDirection="column">
      <Text>
        {'repair: '}
        {parts.map((p, i) =>
          p.kind === 'removed' ? (
            <Text key={i} color="red" strikethrough>
              {`[-${p.text}-]`}
            </Text>
          ) : p.kind === 'added' ? (
            <Text key={i} color="green">
              {`{+${p.text}+}`}
            </Text>
          ) : (
            <Text key={i}>{p.text}</Text>
          ),
        )}
      </Text>
      <Text dimColor>{`"${sanitizeForTerminal(f.actual)}" → "${sanitizeForTerminal(replacement)}"`}</Text>
    </Box>
  );
}
