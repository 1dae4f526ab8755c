using Oden.Compiler.BoundTree;
using Oden.Compiler.Tests.TestSupport;
using Oden.TestUtilities;

namespace Oden.Compiler.Tests.Lowering;

/// <summary>Generators and async functions after lowering: spilled operands, suspension points, the resume dispatch (Lowering/StateMachineRewriter.cs).</summary>
public sealed class StateMachineLoweringTests
{
    private static void Verify(string name, string js) =>
        Snapshot.Match("lowering_statemachine", name, "// " + js.Replace("\n", "\n// ") + "\n" + BoundTreePrinter.Print(Phases.LowerOrFail(js)));

    [Fact]
    public void Generator_YieldInTryFinally_CompletionRecordAndNestedDispatch() => Verify(nameof(Generator_YieldInTryFinally_CompletionRecordAndNestedDispatch),
        "function* g() { try { yield 1; } finally { f(); } }");

    [Fact]
    public void Async_AwaitInCallArguments_SpillsEarlierOperands() => Verify(nameof(Async_AwaitInCallArguments_SpillsEarlierOperands),
        "async function f(o, x) { return o.m(x, await g(), 3); }");

    [Fact]
    public void Async_AwaitInCatchAndFinally_ResumesThroughDispatch() => Verify(nameof(Async_AwaitInCatchAndFinally_ResumesThroughDispatch),
        "async function f() { try { await a(); } catch (e) { await b(); } finally { await c(); } }");
}
