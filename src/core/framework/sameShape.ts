/**
 * Every level made readonly, and intersections flattened into one object type.
 *
 * Why: the hand-written framework types are readonly and built from intersections for
 * readability, while `z.output` is mutable and flat; both are passed through this before
 * comparing them.
 *
 * @example
 *   type Frozen = DeepReadonly<{ a: string[] }> // { readonly a: readonly string[] }
 */
export type DeepReadonly<T> = T extends readonly (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T

type IsExactly<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/**
 * `true` when a schema's output type and a hand-written type have exactly the same shape
 * (same keys, same optionality, same value types), ignoring readonly.
 *
 * Why: the framework types are documented by hand in `framework.ts`, and the zod schemas check
 * data at run time; `void (true satisfies SameShape<…>)` in each schema file makes any drift
 * between the two a compile error.
 *
 * @example
 *   void (true satisfies SameShape<z.output<typeof sectionSchema>, Section>)
 */
export type SameShape<SchemaOutput, Declared> = IsExactly<DeepReadonly<SchemaOutput>, DeepReadonly<Declared>>
