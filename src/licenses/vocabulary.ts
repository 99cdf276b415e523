/** The shared vocabulary: template words get ids; document words not in it never match. */
const vocabulary = new Map<string, number>();
const words: string[] = [];

/** How many distinct words the templates use. */
export function vocabularySize(): number {
  return vocabulary.size;
}

export function wordId(word: string): number {
  return vocabulary.get(word) ?? -2;
}

export function internWord(word: string): number {
  let id = vocabulary.get(word);
  if (id === undefined) {
    id = vocabulary.size;
    vocabulary.set(word, id);
    words.push(word);
  }
  return id;
}

/** The word with this id (an id wordId or internWord gave). */
export function wordAt(id: number): string {
  return words[id];
}
