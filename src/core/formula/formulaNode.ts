/**
 * The syntax tree of a framework formula: indicator formulas (`MayTinh / SoCBCC`), relevance
 * conditions (`HasPhongCNTT = 1`) and points rules.
 *
 * Why a tree and not `eval`: formulas are authored data that travel in framework files, so they are
 * parsed into this closed set of node kinds and interpreted by `evaluateFormula`; nothing in a
 * formula can run code.
 *
 * Every node carries `position`, the 0-based character offset in the source of:
 * - the token itself for literals and references,
 * - the operator for unary and binary nodes,
 * - the function name for calls,
 * - the table name for `table.column`.
 *
 * Function calls have one node shape per function with their arguments as tuples, so arity and
 * argument kinds (`sum` takes a `table.column`, `count` a bare code) are facts of the type and the
 * evaluator never meets a malformed call.
 *
 * @example
 *   // parseFormula('MayTinh / SoCBCC') yields
 *   const node: FormulaNode = {
 *     kind: 'binary', operator: '/', position: 8,
 *     left: { kind: 'reference', name: 'MayTinh', position: 0 },
 *     right: { kind: 'reference', name: 'SoCBCC', position: 10 },
 *   }
 */
export type FormulaNode =
  | FormulaNumberNode
  | FormulaStringNode
  | FormulaBooleanNode
  | FormulaReferenceNode
  | FormulaUnaryNode
  | FormulaBinaryNode
  | FormulaCallNode

/** A non-negative finite number literal (`12`, `3.5`, `.5`, `1e3`); `-2` is a unary node. @example { kind: 'number', value: 0.5, position: 0 } */
export type FormulaNumberNode = { readonly kind: 'number'; readonly value: number; readonly position: number }

/** A text literal in double or single quotes, e.g. a choice value. @example { kind: 'string', value: 'dang-dung', position: 0 } */
export type FormulaStringNode = { readonly kind: 'string'; readonly value: string; readonly position: number }

/** `true` or `false` (any letter case). @example { kind: 'boolean', value: true, position: 0 } */
export type FormulaBooleanNode = {
  readonly kind: 'boolean'
  readonly value: boolean
  readonly position: number
}

/** A question code used as a value (case-sensitive). @example { kind: 'reference', name: 'SoCBCC', position: 0 } */
export type FormulaReferenceNode = {
  readonly kind: 'reference'
  readonly name: string
  readonly position: number
}

/** `table.column`; only appears as the first argument of `sum` and `countif`. @example { kind: 'column', table: 'Apps', column: 'Status', position: 7 } */
export type FormulaColumnNode = {
  readonly kind: 'column'
  readonly table: string
  readonly column: string
  readonly position: number
}

/** Unary operators: logical `not`, arithmetic `-` and `+`. @example const operator: FormulaUnaryOperator = 'not' */
export type FormulaUnaryOperator = 'not' | '-' | '+'

/** `not x`, `-x`, `+x`. @example { kind: 'unary', operator: '-', operand: { kind: 'number', value: 2, position: 1 }, position: 0 } */
export type FormulaUnaryNode = {
  readonly kind: 'unary'
  readonly operator: FormulaUnaryOperator
  readonly operand: FormulaNode
  readonly position: number
}

/**
 * Binary operators in canonical spelling: the parser turns `==` into `=` and `<>` into `!=`.
 *
 * @example const operator: FormulaBinaryOperator = '<='
 */
export type FormulaBinaryOperator =
  'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/'

/** `left operator right`. @example { kind: 'binary', operator: '+', left: a, right: b, position: 2 } */
export type FormulaBinaryNode = {
  readonly kind: 'binary'
  readonly operator: FormulaBinaryOperator
  readonly left: FormulaNode
  readonly right: FormulaNode
  readonly position: number
}

/** Function names in canonical (lower-case) spelling. @example const name: FormulaFunctionName = 'countif' */
export type FormulaFunctionName = FormulaCallNode['name']

/**
 * A call of one of the built-in functions, arguments typed per function.
 *
 * @example
 *   const call: FormulaCallNode = { kind: 'call', name: 'abs', args: [{ kind: 'number', value: 1, position: 4 }], position: 0 }
 */
export type FormulaCallNode =
  | FormulaCall<'if', readonly [FormulaNode, FormulaNode, FormulaNode]>
  | FormulaCall<'min' | 'max', readonly [FormulaNode, ...FormulaNode[]]>
  | FormulaCall<'abs', readonly [FormulaNode]>
  | FormulaCall<'round', readonly [FormulaNode] | readonly [FormulaNode, FormulaNode]>
  | FormulaCall<'sum', readonly [FormulaColumnNode]>
  | FormulaCall<'count', readonly [FormulaReferenceNode]>
  | FormulaCall<'countif', readonly [FormulaColumnNode, FormulaNode]>

type FormulaCall<Name extends string, Arguments> = {
  readonly kind: 'call'
  readonly name: Name
  readonly args: Arguments
  readonly position: number
}
