import { Box, Text } from 'ink';
import { sanitizeForTerminal } from '../../text/sanitize.js';
import type { Item } from '../state.js';

const COLOR = { error: 'red', warning: 'yellow', info: 'cyan' } as const;

/** Why the span is flagged: severity, rule, explanation and the numbered suggestions. */
export function FindingInfo({ item }: { item: Item }) {
  const f = item.finding;
  return (
    <Box flexDirection="column">
      <Text>
        <Text color={COLOR[f.severity]} bold>
          {f.severity}
        </Text>
        {`  ${f.ruleId}  `}
        <Text dimColor>{`[${item.status}]`}</Text>
      </Text>
      <Text wrap="wrap">{sanitizeForTerminal(f.message)}</Text>
      {f.note ? (
        <Text wrap="wrap" dimColor>
          {sanitizeForTerminal(f.note)}
        </Text>
      ) : null}
      <Text>{f.expected.map((e, i) => `${i + 1}) ${sanitizeForTerminal(e)}`).join('   ')}</Text>
    </Box>
  );
}
