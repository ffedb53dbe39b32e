/**
 * The shape a translation must have: every key of the English catalog, each a string, and no
 * other key. German catalogs are declared `satisfies Catalog<typeof english>`, so a missing or
 * misspelt key is a type error, not a blank on screen.
 */
export type Catalog<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
