/** Marks what an editor has yet to write in a new article; a published article may not contain it. */
export const PLACEHOLDER = 'TODO';
