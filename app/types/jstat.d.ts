/**
 * The part of jStat (https://jstat.github.io) the statistics use; the package ships no types. It is
 * CommonJS: its module.exports is the jStat object, so it is imported as the default export.
 */
declare module 'jstat' {
  const jStat: {
    normal: {
      inv(p: number, mean: number, sd: number): number;
      cdf(x: number, mean: number, sd: number): number;
    };
    chisquare: { inv(p: number, dof: number): number; cdf(x: number, dof: number): number };
  };
  export default jStat;
}
