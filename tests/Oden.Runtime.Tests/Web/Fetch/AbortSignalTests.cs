// Dependent abort signals: a source signal holds the signals that follow it weakly (a long-lived
// controller passed to every fetch must not keep every request alive), strongly while they have work.
using System.Runtime.CompilerServices;
using Oden.Runtime;
using Oden.Runtime.Web;

namespace Oden.Runtime.Tests.Web.Fetch;

public sealed class AbortSignalTests
{
    private static JsAbortSignal NewSignal(Realm realm) => new(realm.Intrinsics.AbortSignalPrototype);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FollowAndDrop(Realm realm, JsAbortSignal source, int count)
    {
        for (int i = 0; i < count; i++) NewSignal(realm).Follow(realm, source);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FollowWithWorkAndDrop(Realm realm, JsAbortSignal source, Action onAbort)
    {
        NewSignal(realm).AddAlgorithm((_, _) => onAbort());
        var dependent = NewSignal(realm);
        dependent.AddAlgorithm((_, _) => onAbort());
        dependent.Follow(realm, source);
    }

    private static void Collect()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
    }

    [Fact]
    public void Dependents_WithoutWork_AreNotKeptAliveBySource()
    {
        var realm = new Realm();
        JsAbortSignal source = NewSignal(realm);
        FollowAndDrop(realm, source, 1000);
        Collect();
        Assert.Equal(0, source.LiveDependentCount);
        source.SignalAbort(realm, default);
        Assert.True(source.Aborted);
    }

    [Fact]
    public void Dependent_WithAnAbortAlgorithm_IsKeptAliveAndAborted()
    {
        var realm = new Realm();
        JsAbortSignal source = NewSignal(realm);
        int ran = 0;
        FollowWithWorkAndDrop(realm, source, () => ran++);
        Collect();
        Assert.Equal(1, source.LiveDependentCount);
        source.SignalAbort(realm, JsValue.FromString("why"));
        Assert.Equal(1, ran);
    }

    [Fact]
    public void Dependent_OfDependent_FollowsTheOriginalSource_AndSeesTheReasonFirst()
    {
        var realm = new Realm();
        JsAbortSignal source = NewSignal(realm);
        JsAbortSignal middle = NewSignal(realm);
        middle.Follow(realm, source);
        JsAbortSignal last = NewSignal(realm);
        last.Follow(realm, middle);
        bool lastAbortedWhenSourceAlgorithmRan = false;
        source.AddAlgorithm((_, _) => lastAbortedWhenSourceAlgorithmRan = last.Aborted);
        var order = new List<string>();
        middle.AddAlgorithm((_, _) => order.Add("middle"));
        last.AddAlgorithm((_, _) => order.Add("last"));

        source.SignalAbort(realm, JsValue.FromString("why"));

        Assert.True(lastAbortedWhenSourceAlgorithmRan);
        Assert.Equal(["middle", "last"], order);
        Assert.Equal("why", last.Reason.AsString());
    }

    [Fact]
    public void Following_AnAbortedSignal_AbortsAtOnce()
    {
        var realm = new Realm();
        JsAbortSignal source = NewSignal(realm);
        source.SignalAbort(realm, JsValue.FromString("done"));
        JsAbortSignal dependent = NewSignal(realm);
        dependent.Follow(realm, source);
        Assert.True(dependent.Aborted);
        Assert.Equal("done", dependent.Reason.AsString());
    }
}
