// The rewriter's default visits of the class nodes (BoundClasses.cs): children in evaluation order.
using System.Collections.Immutable;

namespace Oden.Compiler.BoundTree;

public abstract partial class BoundTreeRewriter
{
    public virtual BoundExpression VisitClass(BoundClass node)
    {
        var heritage = node.Heritage is null ? null : Visit(node.Heritage);
        var constructor = VisitFunction(node.Constructor);
        var members = ImmutableArray.CreateBuilder<BoundClassMember>(node.Members.Length);
        foreach (var m in node.Members)
        {
            members.Add(m.Update(m.ComputedKey is null ? null : Visit(m.ComputedKey), m.Function is null ? null : VisitFunction(m.Function)));
        }
        var updated = members.MoveToImmutable();
        var instanceInitializer = node.InstanceInitializer is null ? null : VisitFunction(node.InstanceInitializer);
        var statics = node.StaticInitializers.Select(VisitFunction).ToImmutableArray();
        return node.Update(heritage, constructor, updated.SequenceEqual(node.Members) ? node.Members : updated,
            instanceInitializer, statics.SequenceEqual(node.StaticInitializers) ? node.StaticInitializers : statics);
    }

    public virtual BoundExpression VisitSuperMember(BoundSuperMember node) =>
        node.Update(Visit(node.This), Visit(node.Function), node.Key is null ? null : Visit(node.Key));

    public virtual BoundExpression VisitSuperCall(BoundSuperCall node)
    {
        var function = Visit(node.Function);
        var newTarget = Visit(node.NewTarget);
        var arguments = node.Arguments.Select(Visit).ToImmutableArray();
        return node.Update(function, newTarget, arguments.SequenceEqual(node.Arguments) ? node.Arguments : arguments);
    }
}
