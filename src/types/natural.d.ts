declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  const distance: { LevenshteinDistance(a: string, b: string): number };
  export default distance;
}
