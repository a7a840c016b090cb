import { URI } from 'vscode-uri';

/**
 * One spelling per resource, so the same file is one article whatever the client's percent-encoding
 * (`file:///a%20b.txt` and `file:///a b.txt`). Strings that are not URIs come back as they are.
 */
export function canonicalUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export function uriOfPath(path: string): string {
  return URI.file(path).toString();
}

/** The file-system path of a `file:` URI, else undefined. */
export function pathOfUri(uri: string): string | undefined {
  try {
    const parsed = URI.parse(uri);
    return parsed.scheme === 'file' ? parsed.fsPath : undefined;
  } catch {
    return undefined;
  }
}
