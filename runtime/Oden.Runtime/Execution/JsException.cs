// The exceptions that cross compiled code.
//
// JsException carries a thrown JavaScript value; it is the only exception a JavaScript `catch` catches.
// ScriptInterruptedException is how a host stops a script (interrupt budget, time limit): it is not a
// JsException, so no JavaScript handler can swallow it, and the realm keeps the request set so that
// `finally` blocks that loop are stopped too.
using System.Diagnostics.CodeAnalysis;

namespace Oden.Runtime;

public sealed class JsException : Exception
{
    public JsException(JsValue value)
        : base(null)
    {
        Value = value;
    }

    /// <summary>The thrown JavaScript value.</summary>
    public JsValue Value { get; }

    public override string Message => Describe(Value);

    /// <summary>"TypeError: message" for errors, the string form otherwise; never throws.</summary>
    public static string Describe(JsValue value)
    {
        try
        {
            if (value.TryGetObject is JsError error)
            {
                return error.Summary;
            }

            if (value.IsString) return value.AsString();
            if (value.IsObject) return value.AsObject.ToString();
            return value.ToString();
        }
        catch (Exception)
        {
            return "(an exception that could not be described)";
        }
    }

    /// <summary>The JavaScript stack if the value is an error object with one, else Describe.</summary>
    public string JsStack => Value.TryGetObject is JsError e ? e.StackText : "Uncaught " + Describe(Value);

    [DoesNotReturn]
    public static void Throw(JsValue value) => throw new JsException(value);
}

public sealed class ScriptInterruptedException(string reason) : Exception(reason);
