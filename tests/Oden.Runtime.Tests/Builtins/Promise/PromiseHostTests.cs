// The runtime-facing side of promises: the await entry points, rejection tracking across drains of the
// job queue, and .NET work posted back from other threads.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Builtins.Promise;

public class PromiseHostTests
{
    [Fact]
    public void RejectionHandledLate_AfterReport_IsReportedAtTheNextDrain()
    {
        // const p = Promise.reject(1); setTimeout(() => { p.catch(() => log('caught')); log('sync2'); });
        // node: unhandled:1 sync2 caught handled-late
        var kit = new PromiseKit();
        JsValue p = kit.Rejected(1);
        kit.Run();
        kit.Catch(p, kit.Logger("caught"));
        kit.Say("sync2");
        Assert.Equal("unhandled:1 sync2 caught handled-late", kit.Run());
        Assert.Equal("unhandled:1 sync2 caught handled-late", kit.Run());
    }

    [Fact]
    public void Await_NativePromise_DoesNotLookUpThen()
    {
        // Promise.prototype.then = () => log('then looked up'); (async () => { log(await Promise.resolve(4)); })();
        // node: 4 (await uses PerformPromiseThen, not the `then` property)
        var kit = new PromiseKit();
        kit.Realm.Intrinsics.PromisePrototype.Set("then", kit.Logger("then looked up"));
        kit.Async("f", [kit.Resolved(4)]);
        Assert.Equal("f0 f1:4", kit.Run());
    }

    [Fact]
    public void Await_ConstructorGetterThrows_ThrowsSynchronously()
    {
        var kit = new PromiseKit();
        JsValue p = kit.Resolved(1);
        p.AsObject.DefineAccessorProperty("constructor", kit.Thrower("getter"), null, PropertyFlags.Configurable);
        var ex = Assert.Throws<JsException>(() => JsPromise.Await(kit.Realm, p, new NullContinuation()));
        Assert.Equal("getter", ex.Value.AsString());
    }

    [Fact]
    public void PerformPromiseThen_Continuation_ReusedAcrossAwaits()
    {
        var kit = new PromiseKit();
        var continuation = new CountingContinuation();
        JsPromise.PerformPromiseThen(kit.Realm, (JsPromise)kit.Resolved(1).AsObject, continuation);
        kit.Run();
        JsPromise.PerformPromiseThen(kit.Realm, (JsPromise)kit.Rejected(2).AsObject, continuation);
        kit.Run();
        Assert.Equal("ok:1 err:2", string.Join(" ", continuation.Seen));
        Assert.Empty(kit.Log);
    }

    [Fact]
    public void PromiseResolve_NativePromiseOfThisRealm_ReturnsIt()
    {
        var kit = new PromiseKit();
        JsValue p = kit.Resolved(1);
        Assert.Same(p.AsObject, JsPromise.PromiseResolve(kit.Realm, kit.Realm.Intrinsics.PromiseConstructor, p));
        var fresh = (JsPromise)JsPromise.PromiseResolve(kit.Realm, kit.Realm.Intrinsics.PromiseConstructor, 7);
        Assert.Equal(PromiseState.Fulfilled, fresh.State);
        Assert.Equal(7d, fresh.Result.AsNumber);
    }

    [Fact]
    public void OwnerResolve_FirstCallWins()
    {
        var kit = new PromiseKit();
        JsPromise p = JsPromise.Create(kit.Realm);
        p.Resolve(kit.Realm, "a");
        p.Reject(kit.Realm, "b");
        p.Resolve(kit.Realm, "c");
        kit.Then(p, kit.Logger("v ", true), kit.Logger("e ", true));
        Assert.Equal("v a", kit.Run());
    }

    [Fact]
    public async Task FromTask_CompletedElsewhere_SettlesWhenTheRealmDrains()
    {
        var kit = new PromiseKit();
        var gate = new TaskCompletionSource<JsValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        JsPromise fromTask = JsPromise.FromTask(kit.Realm, gate.Task);
        kit.Then(fromTask, kit.Logger("task ", true));
        Assert.Equal("", kit.Run());
        Assert.Equal(1, kit.Realm.Jobs.PendingExternalWork);

        await Task.Run(() => gate.SetResult("done"));
        Assert.True(kit.Realm.Jobs.WaitForPostedWork(TimeSpan.FromSeconds(10)));
        Assert.Equal("task done", kit.Run());
        Assert.Equal(0, kit.Realm.Jobs.PendingExternalWork);
        Assert.False(kit.Realm.Jobs.HasPostedWork);
    }

    [Fact]
    public void FromTask_Faulted_RejectsWithTheJsValueOrAnError()
    {
        var kit = new PromiseKit();
        kit.Catch(JsPromise.FromTask(kit.Realm, Task.FromException<JsValue>(new JsException("js"))), kit.Logger("e1 ", true));
        kit.Catch(JsPromise.FromTask(kit.Realm, Task.FromException<JsValue>(new IOException("disk"))), kit.Logger("e2 ", true));
        Assert.Equal("e1 js e2 Error: disk", kit.Run());
    }

    [Fact]
    public async Task ToTask_SettlesOnTheRealmThread()
    {
        var kit = new PromiseKit();
        Task<JsValue> fulfilled = ((JsPromise)kit.Resolved(5).AsObject).ToTask(kit.Realm);
        Task<JsValue> rejected = ((JsPromise)kit.Rejected("no").AsObject).ToTask(kit.Realm);
        Assert.False(fulfilled.IsCompleted);
        kit.Run();
        Assert.Equal(5d, (await fulfilled).AsNumber);
        var ex = await Assert.ThrowsAsync<JsException>(() => rejected);
        Assert.Equal("no", ex.Value.AsString());
        Assert.Empty(kit.Log);
    }

    [Fact]
    public void Post_FromManyThreads_RunsEveryCallbackOnTheDrainingThread()
    {
        var kit = new PromiseKit();
        int ran = 0;
        int drainingThread = Environment.CurrentManagedThreadId;
        Parallel.For(0, 100, _ => kit.Realm.Jobs.Post(() =>
        {
            Assert.Equal(drainingThread, Environment.CurrentManagedThreadId);
            ran++;
        }));
        Assert.True(kit.Realm.Jobs.HasPostedWork);
        kit.Run();
        Assert.Equal(100, ran);
    }

    [Fact]
    public void Post_RunsAfterTheMicrotasksOfThePreviousItem()
    {
        // Posted work is a macrotask: the jobs queued by one posted item all run before the next one.
        var kit = new PromiseKit();
        kit.Realm.Jobs.Post(() => { kit.Say("post1"); kit.Then(kit.Then(kit.Resolved(default), kit.Logger("m1")), kit.Logger("m2")); });
        kit.Realm.Jobs.Post(() => kit.Say("post2"));
        kit.Ticks("t", 1);
        Assert.Equal("t1 post1 m1 m2 post2", kit.Run());
    }

    private sealed class NullContinuation : PromiseContinuation
    {
        public override void OnFulfilled(Realm realm, JsValue value)
        {
        }

        public override void OnRejected(Realm realm, JsValue reason)
        {
        }
    }

    private sealed class CountingContinuation : PromiseContinuation
    {
        public List<string> Seen { get; } = [];

        public override void OnFulfilled(Realm realm, JsValue value) => Seen.Add("ok:" + Operations.ToString(realm, value));

        public override void OnRejected(Realm realm, JsValue reason) => Seen.Add("err:" + Operations.ToString(realm, reason));
    }
}
