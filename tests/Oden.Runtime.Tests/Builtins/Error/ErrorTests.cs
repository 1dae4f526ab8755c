namespace Oden.Runtime.Tests.Builtins.Error;

public class ErrorTests
{
    [Theory]
    [InlineData("Error", "boom", "Error: boom")]
    [InlineData("TypeError", "bad", "TypeError: bad")]
    [InlineData("RangeError", "", "RangeError")]
    public void Stack_NewError_StartsWithNameAndMessage(string ctor, string message, string expected)
    {
        Realm realm = TestHost.CreateRealm();
        JsValue error = Operations.Construct(realm, realm.GetPath(ctor), message.Length > 0 ? [message] : ReadOnlySpan<JsValue>.Empty);
        JsValue stack = error.AsObject.Get("stack");
        Assert.True(stack.IsString);
        Assert.StartsWith(expected, stack.AsString());
        Assert.Equal(expected, realm.CallPath("Error.prototype.toString", error).AsString());
        Assert.True(error.AsObject.GetOwnProperty("stack", out PropertyDescriptor d) && d.Writable && !d.Enumerable);
    }

    [Fact]
    public void Stack_Assigned_KeepsTheNewValue()
    {
        Realm realm = TestHost.CreateRealm();
        JsObject error = Operations.Construct(realm, realm.GetPath("Error"), ["x"]).AsObject;
        error.Set("stack", "custom");
        Assert.Equal("custom", error.Get("stack").AsString());
    }

    [Fact]
    public void Cause_Option_IsInstalled()
    {
        Realm realm = TestHost.CreateRealm();
        JsObject error = Operations.Construct(realm, realm.GetPath("Error"), ["x", realm.Obj(("cause", 5))]).AsObject;
        Assert.Equal(5d, error.Get("cause").AsNumber);
    }
}
