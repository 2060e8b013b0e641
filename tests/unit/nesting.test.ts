import { expect, test } from 'vitest';
import { nestingProblem, type NestingProblem } from '../../src/lib/nesting';

const limits = { quote: 3, list: 3, emphasis: 4 };
const nestedList = (levels: number, step = '  ', marker = '-') =>
  Array.from({ length: levels }, (_, level) => `${step.repeat(level)}${marker} tingkat ${level + 1}`).join('\n');

test.each<[string, string, Partial<NestingProblem> | undefined]>([
  ['an empty body', '', undefined],
  ['plain paragraphs', 'Satu.\n\nDua *miring* dan **tebal** dan ***keduanya***.', undefined],
  ['quotes as deep as allowed', '> > > kutipan', undefined],
  ['quotes one deeper than allowed', 'Teks.\n\n> > > > kutipan', { kind: 'quote', line: 3, depth: 4 }],
  ['quote markers without spaces', '>>>>>>', { kind: 'quote', line: 1, depth: 6 }],
  ['quotes inside a list item', '- > > > > x', { kind: 'quote', depth: 4 }],
  ['a list as deep as allowed', nestedList(3), undefined],
  ['a list one deeper than allowed', nestedList(4), { kind: 'list', line: 4, depth: 4 }],
  ['a numbered list indented by three', nestedList(4, '   ', '1.'), { kind: 'list', line: 4, depth: 4 }],
  ['a list indented with tabs', nestedList(4, '\t'), { kind: 'list', line: 4, depth: 4 }],
  ['list items nested on one line', '- - - - x', { kind: 'list', line: 1, depth: 4 }],
  ['a list whose items return to the margin', `${nestedList(3)}\n${nestedList(3)}`, undefined],
  ['a paragraph at the margin ends the list', `${nestedList(3)}\n\nTeks.\n\n    - bukan tingkat keempat`, undefined],
  ['a run of emphasis as long as allowed', '****kata****', undefined],
  ['a run of emphasis one longer', '*****kata*****', { kind: 'emphasis', line: 1, depth: 5 }],
  ['mixed emphasis marks', '*_*_*kata', { kind: 'emphasis', depth: 5 }],
  ['a thematic break of many stars', '*'.repeat(50), undefined],
  ['a thematic break of spaced dashes', '- - - - - -', undefined],
  ['deep quotes in a fenced code block', '```\n> > > > > >\n```\n\nTeks.', undefined],
  ['deep quotes after a fenced code block', '~~~~\n```\n~~~~\n> > > >', { kind: 'quote', line: 4 }],
  ['Windows line ends', 'a\r\nb\r\n> > > > c', { kind: 'quote', line: 3 }],
])('%s', (_, body, expected) => {
  const problem = nestingProblem(body, limits);
  if (expected === undefined) expect(problem).toBeUndefined();
  else expect(problem).toMatchObject(expected);
});

test.each([
  ['3,000 nested quotes on one line', `${'>'.repeat(3000)} kutipan`, 'quote'],
  ['50,000 stars around a word', `${'*'.repeat(50_000)}kata${'*'.repeat(50_000)}`, 'emphasis'],
  ['a 300-level list', nestedList(300), 'list'],
])('with the real limits, %s is caught', (_, body, kind) => {
  expect(nestingProblem(body)).toMatchObject({ kind, limit: 100 });
});
