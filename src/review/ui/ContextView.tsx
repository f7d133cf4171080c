import { Box, Text } from 'ink';
import type { Item } from '../state.js';
import { contextSegments } from './segments.js';

/** The current finding in its paragraph: the span highlighted, neighbouring flags marked faintly. */
export function ContextView({ text, items, cursor, width }: { text: string; items: readonly Item[]; cursor: number; width: number }) {
  const segments = contextSegments(text, items, cursor, Math.max(200, width * 6));
  return (
    <Box borderStyle="round" paddingX={1} width={width}>
      <Text wrap="wrap">
        {segments.map((s, i) =>
          s.kind === 'current' ? (
            <Text key={i} inverse bold>
              {`»${s.text}«`}
            </Text>
          ) : s.kind === 'other' ? (
            <Text key={i} underline dimColor>
              {s.text}
            </Text>
          ) : (
            <Text key={i}>{s.text}</Text>
          ),
        )}
      </Text>
    </Box>
  );
}
