// The local rewriter: removes syntactic sugar function by function (nested functions included). Its
// node families live in partial files: LocalRewriter_Template, _Assignment, _Loops, _ForIn, _ForOf,
// _Switch. This file holds the shared pieces: the current function (temporaries are declared in its
// scope, never captured, so CodeGen gives each an IL local) and small node factories.
using System.Collections.Immutable;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter : BoundTreeRewriter
{
    private FunctionSymbol _function = null!;

    public override BoundFunction VisitFunction(BoundFunction function)
    {
        var saved = _function;
        _function = function.Symbol;
        try
        {
            return base.VisitFunction(function);
        }
        finally
        {
            _function = saved;
        }
    }

    // ---- factories -------------------------------------------------------------------------------

    private VariableSymbol Temp(string name, StorageType type = StorageType.Value) => _function.Scope.DeclareTemp(name, type);

    private static BoundVariable Read(VariableSymbol symbol, SourceSpan span) => new(symbol, needsTdzCheck: false, span);

    private static BoundExpression Assign(VariableSymbol symbol, BoundExpression value, SourceSpan span) =>
        new BoundAssignment(Read(symbol, span), value, span);

    private static BoundStatement AssignStatement(VariableSymbol symbol, BoundExpression value, SourceSpan span) =>
        new BoundExpressionStatement(Assign(symbol, value, span), span);

    private static BoundStatement Statement(BoundExpression expression) => new BoundExpressionStatement(expression, expression.Span);

    private static BoundStatement Label(LabelSymbol label, SourceSpan span) => new BoundLabelStatement(label, span);

    private static BoundStatement Goto(LabelSymbol label, SourceSpan span) => new BoundGoto(label, span);

    private static BoundExpression Intrinsic(IntrinsicKind kind, SourceSpan span, params BoundExpression[] arguments) =>
        new BoundIntrinsic(kind, arguments.ToImmutableArray(), span);

    private static BoundStatement List(SourceSpan span, IEnumerable<BoundStatement?> statements) =>
        new BoundStatementList(statements.Where(s => s is not null).ToImmutableArray()!, span);

    /// <summary>
    /// A value that is safe to evaluate twice without a temporary: a constant, or `this` (which no code
    /// can reassign). Anything else may change between two reads, or has effects.
    /// </summary>
    private static bool IsStable(BoundExpression e) =>
        e is BoundLiteral || e is BoundVariable { Symbol.Kind: VariableKind.This };

    /// <summary>
    /// Evaluates <paramref name="value"/> once into a temporary (unless it is stable) and returns the
    /// expression that reads it; the assignment, if any, is appended to <paramref name="sideEffects"/>.
    /// </summary>
    private BoundExpression Spill(BoundExpression value, string name, List<VariableSymbol> locals, List<BoundExpression> sideEffects)
    {
        if (IsStable(value)) return value;
        var temp = Temp(name);
        locals.Add(temp);
        sideEffects.Add(Assign(temp, value, value.Span));
        return Read(temp, value.Span);
    }

    private static BoundExpression Sequence(List<VariableSymbol> locals, List<BoundExpression> sideEffects, BoundExpression value, SourceSpan span) =>
        sideEffects.Count == 0 ? value : new BoundSequence(locals.ToImmutableArray(), sideEffects.ToImmutableArray(), value, span);
}
