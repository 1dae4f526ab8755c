using System.Collections.Immutable;
using Oden.Compiler.BoundTree;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter
{
    // `a${x}b${y}`
    // becomes
    // concat("a", ToString(x), "b", ToString(y))
    //
    // Each substitution is evaluated and converted with ToString (not ToPrimitive-with-default-hint as
    // `+` would: `${obj}` calls toString first, and a Symbol throws) before the next one is evaluated.
    // Empty strings are dropped; a template without substitutions is a string literal, and
    // `${x}` alone is just ToString(x).
    public override BoundExpression VisitTemplateLiteral(BoundTemplateLiteral node)
    {
        var parts = ImmutableArray.CreateBuilder<BoundExpression>();
        for (int i = 0; i < node.Quasis.Length; i++)
        {
            if (node.Quasis[i].Length > 0)
                parts.Add(new BoundLiteral(ConstantValue.FromString(node.Quasis[i]), node.Span));
            if (i < node.Expressions.Length)
            {
                var expression = Visit(node.Expressions[i]);
                parts.Add(expression is BoundLiteral { Value.Kind: ConstantKind.String }
                    ? expression
                    : new BoundToStringConversion(expression, expression.Span));
            }
        }
        return parts.Count switch
        {
            0 => new BoundLiteral(ConstantValue.FromString(""), node.Span),
            1 when parts[0] is BoundLiteral or BoundToStringConversion => parts[0],
            _ => new BoundStringConcat(parts.ToImmutable(), node.Span),
        };
    }
}
