using Oden.Compiler.Tests.TestSupport;

namespace Oden.Compiler.Tests.EndToEnd;

public sealed class RecursionTests
{
    [Fact]
    public void Recursion_Unbounded_ThrowsRangeError() =>
        JsRunner.ExpectOutput("function r(n) { return r(n + 1) + 1; } try { r(0); } catch (e) { console.log(e instanceof RangeError, e.message); }",
            "true Maximum call stack size exceeded");

    [Fact]
    public void Recursion_AsDeepAsNodeAllows_Completes() =>
        JsRunner.ExpectOutput("function sum(n) { return n === 0 ? 0 : n + sum(n - 1); } console.log(sum(10000));", "50005000");
}
