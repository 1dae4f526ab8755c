// Derived constructors: the result rule of [[Construct]] for a derived kind
// (https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget, steps 10-12)
// applies to every return of the constructor's own body (the binder ended the body with `return;`).
// The class definition itself (BoundClass) keeps its shape until CodeGen (CodeGenerator_Classes.cs),
// like object literals; only its children are lowered here.
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter
{
    // return e;        (in a derived constructor)
    // becomes
    // return DerivedConstructorResult(e, this);   an object e, else (e undefined) the initialized this
    public override BoundStatement VisitReturn(BoundReturn node)
    {
        var visited = (BoundReturn)base.VisitReturn(node);
        if (_function.Kind != FunctionKind.DerivedConstructor) return visited;
        var value = visited.Expression ?? new BoundLiteral(ConstantValue.Undefined, node.Span);
        var thisBinding = Read(_function.ThisSymbol!, node.Span);
        return new BoundReturn(Intrinsic(IntrinsicKind.DerivedConstructorResult, node.Span, value, thisBinding), node.Span);
    }

    /// <summary>super[k] op= v: the key is converted once, like o[k] op= v; this and the function object are plain reads.</summary>
    private BoundExpression SpillSuperTarget(BoundSuperMember target, List<VariableSymbol> locals, List<BoundExpression> sideEffects)
    {
        var thisValue = Visit(target.This);
        var function = Visit(target.Function);
        if (target.Key is null) return target.Update(thisValue, function, null);
        var key = Visit(target.Key);
        key = key is BoundLiteral ? key : Spill(new BoundToPropertyKeyConversion(key, key.Span), "key", locals, sideEffects);
        return target.Update(thisValue, function, key);
    }
}
