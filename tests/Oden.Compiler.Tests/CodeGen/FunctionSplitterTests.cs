using System.Text;
using Oden.Compiler.CodeGen;
using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.CodeGen;

public sealed class FunctionSplitterTests
{
    private static string BigFunction()
    {
        var sb = new StringBuilder("function big(a) {\n  var acc = 0;\n");
        for (int i = 0; i < 1500; i++) sb.Append("  acc += a;\n");
        sb.Append("  if (a > 100) return 'early ' + acc;\n  let t = acc;\n");
        for (int i = 0; i < 1500; i++) sb.Append("  acc += a;\n");
        sb.Append("  var f = () => acc + t + this.k + arguments.length;\n  try {\n");
        for (int i = 0; i < 100; i++) sb.Append("    acc += 1;\n");
        sb.Append("    if (a === 2) return 'from try';\n  } finally { acc += 0; }\n  return f();\n}\n");
        sb.Append("console.log(big.call({ k: 5 }, 1), big.call({ k: 5 }, 200), big.call({ k: 5 }, 2));\n");
        return sb.ToString();
    }

    [Fact]
    public void Partition_LargeBody_IsSplitIntoChunks()
    {
        var script = Phases.LowerOrFail(BigFunction());
        var big = script.TopLevel.Body.Statements.OfType<BoundTree.BoundFunctionDeclaration>().Single().Function;
        var chunks = FunctionSplitter.Partition(big);
        Assert.NotNull(chunks);
        Assert.True(chunks!.Count > 2, $"{chunks.Count} chunks");
        Assert.Null(FunctionSplitter.Partition(script.TopLevel));
    }

    [Fact]
    public void SplitBody_ReturnsClosuresThisAndArguments_BehaveAsOneFunction() =>
        JsRunner.ExpectOutput(BigFunction(), "4606 early 300000 from try");

    [Fact]
    public void SplitTopLevel_SharesVariablesAcrossChunks()
    {
        var sb = new StringBuilder("var x = 0; let y = 0;\n");
        for (int i = 0; i < 4000; i++) sb.Append(i % 2 == 0 ? "x += 1;\n" : "y = y + x;\n");
        sb.Append("console.log(x, y);");
        JsRunner.ExpectOutput(sb.ToString(), "2000 2001000");
    }
}
