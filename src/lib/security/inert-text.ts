// Text for places that write it into a page as HTML whatever we do, such as Pagefind's filter labels, which it
// decodes from the index and inserts as markup: the characters markup is made of become look-alikes that are
// only text. Ordinary words pass unchanged.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '<': '‹',
  '>': '›',
  '&': '＆',
  '"': '”',
  "'": '’',
  '`': 'ˋ',
};

/** The text with no character that HTML could read as markup or as an entity. */
export function inertText(text: string): string {
  return text.replace(/[<>&"'`]/g, (char) => LOOK_ALIKES[char] ?? char);
}
