/**
 * Paper sizes a page is printed on, by their short and long sides in inches: A4, US Letter, US Legal.
 * A5 and A3 have A4's shape, so a page of that shape is taken for A4, the usual one.
 */
export const SHEETS = [[210 / 25.4, 297 / 25.4], [8.5, 11], [8.5, 14]] as const;
