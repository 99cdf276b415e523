/**
 * Splits a stream of concatenated JSON objects (what `go mod download -json` and `go list -json`
 * print: objects one after another, no array, no separators) into parsed values, chunk by chunk,
 * so a long run reports modules as they finish instead of at exit.
 */
export class JsonObjectStream<T> {
  private buffer = '';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private start = -1;
  private scanned = 0;

  constructor(private readonly onObject: (value: T) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    for (let i = this.scanned; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') this.inString = false;
      } else if (c === '"') this.inString = true;
      else if (c === '{') {
        if (this.depth === 0) this.start = i;
        this.depth++;
      } else if (c === '}') {
        this.depth--;
        if (this.depth === 0) {
          this.onObject(JSON.parse(this.buffer.slice(this.start, i + 1)) as T);
          this.buffer = this.buffer.slice(i + 1);
          i = -1;
          this.start = -1;
        }
      } else if (this.depth === 0 && !/\s/.test(c)) {
        throw new Error(`unexpected '${c}' between JSON objects`);
      }
    }
    this.scanned = this.buffer.length;
  }

  /** Throws if the stream ended inside an object. */
  end(): void {
    if (this.depth !== 0 || this.buffer.trim() !== '') throw new Error('JSON stream ended inside an object');
  }
}

/** Parses a whole string of concatenated JSON objects. */
export function parseJsonObjects<T>(text: string): T[] {
  const values: T[] = [];
  const stream = new JsonObjectStream<T>((value) => values.push(value));
  stream.push(text);
  stream.end();
  return values;
}
