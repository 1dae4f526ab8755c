// Object shadows: the bindings of one lowered function that are the receiver of several named property
// accesses (`this.x`, `node.next`, `tcb.run()`). CodeGen keeps a JsObject IL local beside each of them,
// written with every store to the binding (null when the value is not an object), so that each access
// tests the cache's shape against the shadow instead of testing the value's type again: the JIT cannot
// share that test between accesses, because its slow path is a runtime helper call.
//
// A binding qualifies when all of this holds (docs/architecture.md, "Object shadows"):
// - it is `this`, a parameter, a let, a const, a var or a lowering temporary of this function, stored in
//   an IL local or argument: not captured, not in a generator/async frame or a split body (the caller
//   passes no shadows then), not visible to a direct eval or `with`, of storage type Value;
// - every write goes through CodeGen's EmitStore (or is the function's argument, shadowed at entry), so
//   it is never an intrinsic's argument (a pattern target or a dynamic call's callee/this pair write
//   storage directly), nor a class binding, nor the `this` a super() call binds;
// - at least two property reads, writes or method calls use it as their receiver without a TDZ check.
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed class ObjectLocals : LocalAnalysis
{
    private readonly FunctionSymbol _function;
    private readonly Dictionary<VariableSymbol, int> _receiverUses = new();

    private ObjectLocals(FunctionSymbol function) => _function = function;

    /// <summary>The bindings of <paramref name="function"/>'s lowered body that get an object shadow.</summary>
    public static HashSet<VariableSymbol> Analyze(FunctionSymbol function, BoundBlock body, HashSet<VariableSymbol> numeric)
    {
        var analysis = new ObjectLocals(function);
        analysis.VisitStatement(body);
        var result = new HashSet<VariableSymbol>();
        foreach (var (symbol, uses) in analysis._receiverUses)
        {
            if (uses >= 2 && !analysis.Excluded.Contains(symbol) && !numeric.Contains(symbol)) result.Add(symbol);
        }
        return result;
    }

    private bool IsCandidate(VariableSymbol v) =>
        v.Function == _function && !v.IsCaptured && v.Type == StorageType.Value && !v.Scope.IsDynamic
        && v.Kind is VariableKind.This or VariableKind.Parameter or VariableKind.Let or VariableKind.Const
            or VariableKind.Var or VariableKind.Temp;

    private void NoteReceiver(BoundExpression receiver)
    {
        if (receiver is BoundVariable { NeedsTdzCheck: false } variable && IsCandidate(variable.Symbol))
        {
            _receiverUses[variable.Symbol] = _receiverUses.GetValueOrDefault(variable.Symbol) + 1;
        }
    }

    public override void VisitExpression(BoundExpression node)
    {
        if (node is BoundMember member) NoteReceiver(member.Receiver);
        base.VisitExpression(node);
    }
}
