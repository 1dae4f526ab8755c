// Numeric locals: the bindings of one lowered function that provably always hold a Number, so CodeGen
// keeps them in a `double` IL local instead of a JsValue and does their arithmetic with IL opcodes.
//
// A binding qualifies when all of this holds (docs/architecture.md, "Numeric locals"):
// - it is a let, a const, a lowering temporary, or a var that is assigned before any reference
//   (Lowering/VarInitialization) of this function, stored in an IL local: not captured, not in a
//   generator/async frame, not in a split body, not visible to a direct eval, of storage type Value;
// - no reference to it needs a TDZ check (so no read can see it uninitialized; `let x;` writes
//   undefined, which is not numeric);
// - every write is a declaration initializer or a plain assignment whose value is numeric, where
//   "numeric" is decided syntactically on the lowered tree: a number literal; a numeric binding; `+x`
//   and `x >>> y` (always a Number or a throw); `- * / % ** & | ^ << >>` with at least one numeric
//   operand (a BigInt mixed with a Number throws); `a + b`, `-a`, `~a` and ++/-- with numeric operands;
//   an assignment, sequence or conditional whose value(s) are numeric;
// - it appears nowhere else: not as an intrinsic's argument, not as a class or catch binding.
// The set is the greatest fixpoint: start from every candidate and drop those with a non-numeric write
// until nothing changes (so `i = i + 1` keeps i, and two bindings assigned from each other stay in).
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed class NumericLocals : LocalAnalysis
{
    private readonly FunctionSymbol _function;
    private readonly HashSet<VariableSymbol> _candidates = new();
    private readonly List<(VariableSymbol Target, BoundExpression? Value)> _writes = new();

    private NumericLocals(FunctionSymbol function) => _function = function;

    /// <summary>The numeric bindings of <paramref name="function"/>'s lowered body (empty for frames and split bodies).</summary>
    public static HashSet<VariableSymbol> Analyze(FunctionSymbol function, BoundBlock body)
    {
        var analysis = new NumericLocals(function);
        analysis.VisitStatement(body);
        var numeric = analysis._candidates;
        numeric.ExceptWith(analysis.Excluded);
        numeric.IntersectWith(analysis._writes.Select(w => w.Target)); // a binding never written here is not ours to type
        bool changed = true;
        while (changed && numeric.Count > 0)
        {
            changed = false;
            foreach (var (target, value) in analysis._writes)
            {
                if (numeric.Contains(target) && (value is null || !IsNumeric(value, numeric)))
                {
                    numeric.Remove(target);
                    changed = true;
                }
            }
        }
        return numeric;
    }

    /// <summary>True when <paramref name="e"/> always evaluates to a Number (or throws), given the numeric bindings.</summary>
    public static bool IsNumeric(BoundExpression e, HashSet<VariableSymbol> numeric) => e switch
    {
        BoundLiteral literal => literal.Value.Kind == ConstantKind.Number,
        BoundVariable variable => !variable.NeedsTdzCheck && numeric.Contains(variable.Symbol),
        BoundUnary unary => unary.Operator switch
        {
            UnaryOperatorKind.Plus => true,
            UnaryOperatorKind.Negate or UnaryOperatorKind.BitwiseNot or UnaryOperatorKind.Increment or UnaryOperatorKind.Decrement
                => IsNumeric(unary.Operand, numeric),
            _ => false,
        },
        BoundToNumericConversion conversion => IsNumeric(conversion.Operand, numeric),
        BoundBinary binary => binary.Operator switch
        {
            BinaryOperatorKind.UnsignedRightShift => true,
            BinaryOperatorKind.Add => IsNumeric(binary.Left, numeric) && IsNumeric(binary.Right, numeric),
            BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder
                or BinaryOperatorKind.Exponent or BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift
                or BinaryOperatorKind.BitwiseAnd or BinaryOperatorKind.BitwiseOr or BinaryOperatorKind.BitwiseXor
                => IsNumeric(binary.Left, numeric) || IsNumeric(binary.Right, numeric),
            _ => false,
        },
        BoundAssignment { Target: BoundVariable target } assignment
            => !target.NeedsTdzCheck && target.Symbol.Kind != VariableKind.Const && numeric.Contains(target.Symbol)
               && IsNumeric(assignment.Value, numeric),
        BoundSequence sequence => IsNumeric(sequence.Value, numeric),
        BoundConditional conditional => IsNumeric(conditional.WhenTrue, numeric) && IsNumeric(conditional.WhenFalse, numeric),
        _ => false,
    };

    private bool IsCandidate(VariableSymbol v) =>
        v.Function == _function && !v.IsCaptured && !v.HasTdzReferences && v.Type == StorageType.Value && !v.Scope.IsDynamic
        && (v.Kind is VariableKind.Let or VariableKind.Const or VariableKind.Temp || (v.Kind == VariableKind.Var && v.IsWrittenBeforeUse));

    private void Note(VariableSymbol v)
    {
        if (IsCandidate(v)) _candidates.Add(v);
        else Excluded.Add(v);
    }

    public override void VisitStatement(BoundStatement node)
    {
        if (node is BoundVariableDeclaration declaration)
        {
            Note(declaration.Symbol);
            _writes.Add((declaration.Symbol, declaration.Initializer));
        }
        base.VisitStatement(node);
    }

    public override void VisitExpression(BoundExpression node)
    {
        switch (node)
        {
            case BoundVariable variable:
                Note(variable.Symbol);
                if (variable.NeedsTdzCheck) Excluded.Add(variable.Symbol);
                break;
            case BoundAssignment { Target: BoundVariable target } assignment:
                Note(target.Symbol);
                if (target.NeedsTdzCheck || target.Symbol.Kind == VariableKind.Const) Excluded.Add(target.Symbol);
                _writes.Add((target.Symbol, assignment.Value));
                break;
        }
        base.VisitExpression(node);
    }
}

/// <summary>
/// The bindings no typed-local analysis may take (NumericLocals, ObjectLocals): function declarations, catch
/// bindings, an intrinsic's arguments (a pattern's target, the callee/this pair of a dynamic call: the
/// intrinsic writes their storage), class bindings, the `this` a super() call binds, and every binding
/// under a name resolved at run time (inside `with`, beside a direct eval), which may be written with any
/// value.
/// </summary>
internal abstract class LocalAnalysis : BoundTreeWalker
{
    protected readonly HashSet<VariableSymbol> Excluded = new();

    public override void VisitStatement(BoundStatement node)
    {
        switch (node)
        {
            case BoundFunctionDeclaration { Symbol: { } symbol }:
                Excluded.Add(symbol);
                break;
            case BoundTry { CatchClause: { } clause }:
                if (clause.Parameter is not null) Excluded.Add(clause.Parameter);
                if (clause.ExceptionLocal is not null) Excluded.Add(clause.ExceptionLocal);
                break;
        }
        base.VisitStatement(node);
    }

    public override void VisitExpression(BoundExpression node)
    {
        switch (node)
        {
            case BoundIntrinsic intrinsic:
                foreach (var argument in intrinsic.Arguments)
                {
                    if (argument is BoundVariable v) Excluded.Add(v.Symbol);
                }
                break;
            case BoundClass @class:
                if (@class.InnerBinding is { } inner) Excluded.Add(inner);
                foreach (var member in @class.Members)
                {
                    if (member.KeySymbol is not null) Excluded.Add(member.KeySymbol);
                }
                break;
            case BoundSuperCall call:
                Excluded.Add(call.ThisBinding.Symbol);
                break;
            case BoundDynamicName or BoundDirectEval:
                new Excluder(Excluded).VisitExpression(node);
                break;
        }
        base.VisitExpression(node);
    }

    /// <summary>Adds every binding referenced under a node to the excluded set.</summary>
    private sealed class Excluder(HashSet<VariableSymbol> excluded) : BoundTreeWalker
    {
        public override void VisitExpression(BoundExpression node)
        {
            if (node is BoundVariable v) excluded.Add(v.Symbol);
            base.VisitExpression(node);
        }
    }
}
