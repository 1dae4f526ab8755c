// PromiseKit: drives promises through the JS-visible objects of a fresh realm (Promise, then, catch, …,
// called with Operations.Invoke as script code would), records observable effects in a log, and drains the
// job queue explicitly. Each scenario in PromiseOrderingTests is written twice: as the JavaScript whose node
// output is the expected log (`node` prints the same log when the snippet is run with
// `const L = []; const log = s => { L.push(String(s)); }; … ; setTimeout(() => console.log(L.join(' ')))`,
// with process.on('unhandledRejection'/'rejectionHandled') logging "unhandled:" + reason and "handled-late"), and as
// the C# that performs the same calls through the kit.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Builtins.Promise;

internal sealed class PromiseKit : IRealmHost
{
    public PromiseKit()
    {
        Realm = new Realm(this);
    }

    public Realm Realm { get; }

    public List<string> Log { get; } = [];

    public void WriteConsole(ConsoleLevel level, string text) => Log.Add(text);

    void IRealmHost.OnUnhandledRejection(Realm realm, JsObject promise, JsValue reason) => Log.Add("unhandled:" + Str(reason));

    void IRealmHost.OnRejectionHandled(Realm realm, JsObject promise) => Log.Add("handled-late");

    public JsValue PromiseCtor => Realm.Intrinsics.PromiseConstructor;

    /// <summary>Drains the job queue and returns the log so far, space-separated.</summary>
    public string Run()
    {
        Realm.Jobs.RunUntilIdle();
        return string.Join(" ", Log);
    }

    /// <summary>String(v), as the JS side's log does.</summary>
    public string Str(JsValue v) => Operations.ToString(Realm, v);

    public void Say(string text) => Log.Add(text);

    /// <summary>A function that logs <paramref name="label"/> (followed by String(argument) when withValue) and returns undefined.</summary>
    public JsFunction Logger(string label, bool withValue = false) => Fn(v =>
    {
        Log.Add(withValue ? label + Str(v) : label);
        return default;
    });

    public JsFunction Fn(Func<JsValue, JsValue> body) => new KitFunction(Realm, (_, a) => body(a.At(0)));

    public JsFunction Fn2(Func<JsValue, JsValue, JsValue> body) => new KitFunction(Realm, (_, a) => body(a.At(0), a.At(1)));

    /// <summary>A function that throws <paramref name="value"/>.</summary>
    public JsFunction Thrower(JsValue value) => Fn(_ => throw new JsException(value));

    public JsValue Static(string name, params JsValue[] args) => Operations.Invoke(Realm, PromiseCtor, name, args);

    public JsValue Resolved(JsValue v) => Static("resolve", v);

    public JsValue Rejected(JsValue v) => Static("reject", v);

    public JsValue Then(JsValue p, JsValue onFulfilled, JsValue onRejected = default) =>
        Operations.Invoke(Realm, p, "then", [onFulfilled, onRejected]);

    public JsValue Catch(JsValue p, JsValue onRejected) => Operations.Invoke(Realm, p, "catch", [onRejected]);

    public JsValue Finally(JsValue p, JsValue onFinally) => Operations.Invoke(Realm, p, "finally", [onFinally]);

    /// <summary>new Promise((resolve, reject) => executor(resolve, reject)).</summary>
    public JsValue New(Action<JsFunction, JsFunction> executor) =>
        Operations.Construct(Realm, PromiseCtor, [Fn2((resolve, reject) =>
        {
            executor((JsFunction)resolve.AsObject, (JsFunction)reject.AsObject);
            return default;
        })]);

    /// <summary>A chain p.then(label1).then(label2)… of loggers on Promise.resolve(), to count ticks.</summary>
    public void Ticks(string prefix, int count)
    {
        JsValue p = Resolved(default);
        for (int i = 1; i <= count; i++) p = Then(p, Logger(prefix + i));
    }

    public JsArray Array(params JsValue[] items) => Realm.NewArray(items);

    public JsObject Obj(params (string Key, JsValue Value)[] properties) => Realm.NewObject(properties);

    /// <summary>{ then(resolve, reject) { body(resolve, reject) } }.</summary>
    public JsObject Thenable(Action<JsFunction, JsFunction> body) => Obj(("then", Fn2((resolve, reject) =>
    {
        body((JsFunction)resolve.AsObject, (JsFunction)reject.AsObject);
        return default;
    })));

    public JsValue Get(JsValue o, string key) => Operations.GetV(Realm, o, key);

    /// <summary>Simulates an async function: logs name0, then for each awaited value awaits it (the runtime's
    /// Await) and logs name{i}:value or name{i}!reason; finally resolves its promise with returnValue.</summary>
    public JsPromise Async(string name, JsValue[] awaited, JsValue returnValue = default)
    {
        var sim = new AsyncSimulation(this, name, awaited, returnValue);
        sim.Start();
        return sim.Promise;
    }

    private sealed class AsyncSimulation(PromiseKit kit, string name, JsValue[] awaited, JsValue returnValue) : PromiseContinuation
    {
        private int _next;

        public JsPromise Promise { get; } = JsPromise.Create(kit.Realm);

        public void Start()
        {
            kit.Log.Add(name + "0");
            Step();
        }

        private void Step()
        {
            if (_next < awaited.Length)
            {
                JsPromise.Await(kit.Realm, awaited[_next++], this);
                return;
            }

            Promise.Resolve(kit.Realm, returnValue);
        }

        public override void OnFulfilled(Realm realm, JsValue value)
        {
            kit.Log.Add(name + _next + ":" + kit.Str(value));
            Step();
        }

        public override void OnRejected(Realm realm, JsValue reason)
        {
            kit.Log.Add(name + _next + "!" + kit.Str(reason));
            Step();
        }
    }

    /// <summary>A constructor function implemented in C#: Construct calls body(args, newTarget).</summary>
    public JsFunction Constructor(Func<JsValue[], JsValue> body) => new KitConstructor(Realm, body);

    private sealed class KitFunction(Realm realm, Func<JsValue, JsValue[], JsValue> body)
        : JsFunction(realm, realm.Intrinsics.FunctionPrototype, Shape.Empty)
    {
        public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => body(thisValue, arguments.ToArray());
    }

    private sealed class KitConstructor(Realm realm, Func<JsValue[], JsValue> body)
        : JsFunction(realm, realm.Intrinsics.FunctionPrototype, Shape.Empty)
    {
        public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => body(arguments.ToArray());

        public override bool IsConstructor => true;

        public override JsValue Construct(ReadOnlySpan<JsValue> arguments, JsObject newTarget) => body(arguments.ToArray());
    }
}
