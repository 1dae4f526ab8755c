// The iterator record of a for-of loop (https://tc39.es/ecma262/#sec-getiterator and
// #sec-iteratorstep): generated code calls ForOfStart once, then MoveNext/Current per iteration, and
// Close or CloseAfterThrow when the loop exits early.
//
// Invariant: once Done is true the record never calls into JavaScript again. It becomes done when
// next() reports done, and also *before* a call to next() that throws (the spec's [[Done]] = true on
// an abrupt IteratorStep), so the loop's exit path does not call return() on an iterator whose next()
// failed.
using System.ComponentModel;

namespace Oden.Runtime.CompilerServices;

[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ForOfIterator
{
    private readonly Realm _realm;
    private readonly JsValue _iterator;
    private readonly JsValue _next;
    private bool _done;

    private ForOfIterator(Realm realm, JsValue iterator, JsValue next)
    {
        _realm = realm;
        _iterator = iterator;
        _next = next;
    }

    public JsValue Current { get; private set; }

    public bool Done => _done;

    /// <summary>GetIterator(value, sync): value[@@iterator](), then its next method.</summary>
    public static ForOfIterator Start(Realm realm, JsValue value)
    {
        JsFunction? method = value.IsNullish ? null : Operations.GetMethod(realm, value, PropertyKey.FromSymbol(JsSymbol.Iterator));
        if (method is null)
        {
            throw realm.TypeError($"{Operations.DescribeForError(realm, value)} is not iterable");
        }

        JsValue iterator = method.Call0(value);
        if (!iterator.IsObject)
        {
            throw realm.TypeError("Result of the Symbol.iterator method is not an object");
        }

        JsValue next = iterator.AsObject.Get("next");
        return new ForOfIterator(realm, iterator, next);
    }

    /// <summary>IteratorStep: false when the iterator is done.</summary>
    public bool MoveNext()
    {
        if (_done) return false;
        _done = true; // stays true if next() throws
        JsValue result = Operations.Call(_realm, _next, _iterator, ReadOnlySpan<JsValue>.Empty);
        if (result._ref is not JsObject o)
        {
            throw _realm.TypeError($"Iterator result {Operations.DescribeForError(_realm, result)} is not an object");
        }

        if (Operations.ToBoolean(o.Get("done")))
        {
            Current = default;
            return false;
        }

        Current = o.Get("value");
        _done = false;
        return true;
    }

    /// <summary>IteratorClose for a normal early exit (break, continue to an outer loop, return).</summary>
    public void Close()
    {
        if (_done) return;
        _done = true;
        JsFunction? ret = Operations.GetMethod(_realm, _iterator, "return");
        if (ret is null) return;
        JsValue result = ret.Call0(_iterator);
        if (!result.IsObject)
        {
            throw _realm.TypeError($"Iterator result {Operations.DescribeForError(_realm, result)} is not an object");
        }
    }

    /// <summary>IteratorClose for a throw completion: return() runs, but the original exception wins.</summary>
    public void CloseAfterThrow()
    {
        if (_done) return;
        _done = true;
        try
        {
            JsFunction? ret = Operations.GetMethod(_realm, _iterator, "return");
            ret?.Call0(_iterator);
        }
        catch (JsException)
        {
            // 5. If completion is a throw completion, return ? completion: the original exception.
        }
    }
}
