// Scope environments that code can look up by name: the runtime side of direct eval and `with`.
//
// Ordinary compiled code never uses these: a captured binding is a field of a generated environment
// class reached through typed Parent links, and an uncaptured one an IL local. Only the scopes that a
// direct eval can see (every scope from the eval call out to the top level) are compiled with an
// environment class deriving from ScopeEnvironment: the class overrides GetSlot/SetSlot over its
// fields and shares a realm-independent ScopeDescriptor (the binding names and their kinds) in a
// static field. Outer links the chain as the eval'd code sees it: the next enclosing such environment,
// null at the top (then the global object). A function scope of a sloppy function that contains a
// direct eval (kind Var) also keeps the vars that eval code declares there, in a dictionary.
//
// Invariants: slots hold the TDZ marker (Ops.Uninitialized) until a lexical binding is initialized; a
// With environment has no named bindings and its slot 0 is the with object (an object, ToObject ran).
using System.ComponentModel;

namespace Oden.Runtime.CompilerServices;

public enum ScopeEnvironmentKind : byte
{
    /// <summary>Block, catch, loop and non-var function scopes: named bindings only.</summary>
    Declarative,
    /// <summary>The function scope of a sloppy function with a direct eval: eval code may add vars here.</summary>
    Var,
    /// <summary>A `with` statement's object environment: slot 0 is the object.</summary>
    With,
}

[Flags]
public enum ScopeBindingFlags : byte
{
    None = 0,
    /// <summary>let/const/class: has a TDZ, and a sloppy eval may not declare a var of its name.</summary>
    Lexical = 1,
    /// <summary>const: assignment throws a TypeError.</summary>
    Const = 2,
    /// <summary>A named function expression's own name: assignment is ignored, or a TypeError in strict code.</summary>
    SelfName = 4,
}

/// <summary>The names and kinds of one scope's bindings, in slot order. Realm-independent; one per generated environment class.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ScopeDescriptor
{
    private readonly string[] _names;
    private readonly ScopeBindingFlags[] _flags;

    public ScopeDescriptor(ScopeEnvironmentKind kind, string[] names, byte[] flags)
    {
        Kind = kind;
        _names = names;
        _flags = new ScopeBindingFlags[flags.Length];
        for (int i = 0; i < flags.Length; i++) _flags[i] = (ScopeBindingFlags)flags[i];
    }

    public ScopeEnvironmentKind Kind { get; }

    public ScopeBindingFlags FlagsAt(int index) => _flags[index];

    /// <summary>The slot of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        string[] names = _names;
        for (int i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        }

        return -1;
    }
}

[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class ScopeEnvironment
{
    /// <summary>The next enclosing environment a name lookup continues in; null: the global object.</summary>
    public ScopeEnvironment? Outer;

    private Dictionary<string, JsValue>? _evalVars;

    public abstract ScopeDescriptor Descriptor { get; }

    public abstract JsValue GetSlot(int index);

    public abstract void SetSlot(int index, JsValue value);

    /// <summary>A var that eval code declared in this (Var) scope.</summary>
    public bool HasEvalVar(string name) => _evalVars is not null && _evalVars.ContainsKey(name);

    /// <summary>HasBinding for a declarative environment: a named slot or an eval-declared var.</summary>
    public bool HasBinding(string name) => Descriptor.IndexOf(name) >= 0 || HasEvalVar(name);

    /// <summary>GetBindingValue: a ReferenceError for a binding in its TDZ.</summary>
    public JsValue GetBindingValue(Realm realm, string name)
    {
        int index = Descriptor.IndexOf(name);
        if (index >= 0)
        {
            JsValue value = GetSlot(index);
            if (Ops.IsUninitialized(value)) throw Ops.ThrowTdz(realm, name);
            return value;
        }

        if (_evalVars is not null && _evalVars.TryGetValue(name, out JsValue v)) return v;
        throw realm.ReferenceError($"{name} is not defined");
    }

    /// <summary>SetMutableBinding: TDZ → ReferenceError, const → TypeError, a function's own name → ignored (TypeError when strict).</summary>
    public void SetMutableBinding(Realm realm, string name, JsValue value, bool strict)
    {
        int index = Descriptor.IndexOf(name);
        if (index >= 0)
        {
            ScopeBindingFlags flags = Descriptor.FlagsAt(index);
            if ((flags & ScopeBindingFlags.Lexical) != 0 && Ops.IsUninitialized(GetSlot(index))) throw Ops.ThrowTdz(realm, name);
            if ((flags & ScopeBindingFlags.Const) != 0 || ((flags & ScopeBindingFlags.SelfName) != 0 && strict)) throw Ops.ThrowConstAssignment(realm, name);
            if ((flags & ScopeBindingFlags.SelfName) != 0) return;
            SetSlot(index, value);
            return;
        }

        if (_evalVars is not null && _evalVars.ContainsKey(name))
        {
            _evalVars[name] = value;
            return;
        }

        throw realm.ReferenceError($"{name} is not defined");
    }

    /// <summary>DeleteBinding: eval-declared vars are deletable; declared bindings are not.</summary>
    public bool DeleteBinding(string name) => Descriptor.IndexOf(name) < 0 && _evalVars is not null && _evalVars.Remove(name);

    /// <summary>CreateMutableBinding(N, deletable) + InitializeBinding(N, undefined) for a var of eval code.</summary>
    internal void DeclareEvalVar(string name)
    {
        if (Descriptor.IndexOf(name) >= 0) return;
        _evalVars ??= new Dictionary<string, JsValue>(StringComparer.Ordinal);
        _evalVars.TryAdd(name, default);
    }
}
