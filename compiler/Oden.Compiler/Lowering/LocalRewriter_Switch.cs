using System.Collections.Immutable;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter
{
    // switch (e) { case a: s1  case b: s2  default: s3  case c: s4 }
    // becomes
    //   $v = e;
    //   if ($v === a) goto case_1;      the tests run in source order, skipping default, and stop at
    //   if ($v === b) goto case_2;      the first match (case expressions after a match never run)
    //   if ($v === c) goto case_4;
    //   goto default_3;                 (no default: goto break)
    // case_1: s1                        clauses fall through into the next one
    // case_2: s2
    // default_3: s3
    // case_4: s4
    // break:
    public override BoundStatement VisitSwitch(BoundSwitch node)
    {
        var span = node.Span;
        var value = Temp("switch");
        var statements = ImmutableArray.CreateBuilder<BoundStatement>();
        statements.Add(AssignStatement(value, Visit(node.Expression), span));

        var labels = node.Cases.Select(c => new LabelSymbol(c.Test is null ? "default" : "case")).ToArray();
        LabelSymbol? defaultLabel = null;
        for (int i = 0; i < node.Cases.Length; i++)
        {
            var c = node.Cases[i];
            if (c.Test is null)
            {
                defaultLabel = labels[i];
                continue;
            }
            var test = new BoundBinary(BinaryOperatorKind.StrictEqual, Read(value, c.Span), Visit(c.Test), c.Span);
            statements.Add(new BoundConditionalGoto(test, jumpIfTrue: true, labels[i], c.Span));
        }
        statements.Add(Goto(defaultLabel ?? node.BreakLabel, span));

        for (int i = 0; i < node.Cases.Length; i++)
        {
            statements.Add(Label(labels[i], node.Cases[i].Span));
            statements.AddRange(VisitList(node.Cases[i].Statements));
        }
        statements.Add(Label(node.BreakLabel, span));
        return new BoundStatementList(statements.ToImmutable(), span);
    }
}
