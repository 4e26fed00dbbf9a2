/** What makes two tags the same tag: "Java ", "java" and "JAVA" are one. */
export const tagKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
