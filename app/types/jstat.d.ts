/** The part of jStat (https://jstat.github.io) the statistics use; the package ships no types. */
declare module 'jstat' {
  export const jStat: {
    normal: {
      inv(p: number, mean: number, sd: number): number;
      cdf(x: number, mean: number, sd: number): number;
    };
    chisquare: { inv(p: number, dof: number): number; cdf(x: number, dof: number): number };
  };
}
