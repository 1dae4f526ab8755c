// FormData (https://xhr.spec.whatwg.org/#interface-formdata) and its iterator, as node 20 (undici) has them:
// an ordered entry list of (name, value) where a value is a string or a File; a Blob value becomes a File
// named "blob", a filename argument makes a new File of the same bytes. There is no <form> here, so the
// constructor takes no argument (anything but undefined is a TypeError, as in node).
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Web;

public sealed class JsFormData : JsObject, IInspectPreview
{
    internal JsFormData(JsObject prototype)
        : base(prototype)
    {
    }

    public override string ClassName => "FormData";

    /// <summary>node's inspection: one key per name, repeated names with their values as an array.</summary>
    List<KeyValuePair<string, JsValue>> IInspectPreview.InspectPreview(Realm realm)
    {
        var preview = new List<KeyValuePair<string, JsValue>>();
        foreach (string name in Entries.Select(e => e.Key).Distinct())
        {
            var values = Entries.Where(e => e.Key == name).Select(e => e.Value).ToList();
            preview.Add(new(name, values.Count == 1 ? values[0] : JsArray.FromList(realm, values)));
        }

        return preview;
    }

    /// <summary>The entry list: values are strings or JsFile.</summary>
    internal readonly List<KeyValuePair<string, JsValue>> Entries = [];

    /// <see href="https://xhr.spec.whatwg.org/#create-an-entry"/>
    internal static KeyValuePair<string, JsValue> CreateEntry(Realm realm, string name, JsValue value, string? filename)
    {
        if (value._ref is not JsBlob blob) return new(name, value);

        // 3. A Blob that is not a File becomes a File named "blob".
        JsFile file = blob as JsFile ?? JsFile.FromBlob(realm, blob, "blob", JsFile.Now(realm));

        // 4. A filename makes a new File of the same bytes with that name.
        if (filename is not null) file = JsFile.FromBlob(realm, file, filename, file.LastModified);
        return new(name, file);
    }
}

[JsToStringTag("FormData")]
internal static partial class FormDataPrototype
{
    [JsConstructor("FormData", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        if (newTarget is null) throw WebIdl.RequiresNew(realm, "FormData");
        if (!args.At(0).IsUndefined) throw realm.TypeError("The \"form\" argument is not supported: there is no HTMLFormElement here");
        return new JsFormData(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.FormDataPrototype));
    }

    private static JsFormData This(Realm realm, JsValue thisValue) => thisValue._ref as JsFormData ?? throw WebIdl.IllegalInvocation(realm);

    private static void RequireArgs(Realm realm, ReadOnlySpan<JsValue> args, int count, string method)
    {
        if (args.Length < count) throw realm.TypeError($"Failed to execute '{method}' on 'FormData': {count} argument{(count == 1 ? "" : "s")} required, but only {args.Length} present.");
    }

    /// <summary>The (name, value, filename) of append/set: a filename only with a Blob value.</summary>
    private static KeyValuePair<string, JsValue> EntryOf(Realm realm, ReadOnlySpan<JsValue> args, string method)
    {
        RequireArgs(realm, args, 2, method);
        if (args.Length >= 3 && args[1]._ref is not JsBlob)
        {
            throw realm.TypeError($"Failed to execute '{method}' on 'FormData': parameter 2 is not of type 'Blob'");
        }

        string name = WebIdl.ToUsvString(realm, args[0]);
        JsValue value = args[1]._ref is JsBlob ? args[1] : WebIdl.ToUsvString(realm, args[1]);
        string? filename = args.Length >= 3 ? WebIdl.ToUsvString(realm, args[2]) : null;
        return JsFormData.CreateEntry(realm, name, value, filename);
    }

    [JsFunction("append", Length = 2, Flags = WebIdl.Op)]
    private static JsValue Append(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsFormData fd = This(realm, thisValue);
        fd.Entries.Add(EntryOf(realm, args, "append"));
        return default;
    }

    [JsFunction("delete", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Delete(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsFormData fd = This(realm, thisValue);
        RequireArgs(realm, args, 1, "delete");
        string name = WebIdl.ToUsvString(realm, args[0]);
        fd.Entries.RemoveAll(e => e.Key == name);
        return default;
    }

    [JsFunction("get", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Get(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsFormData fd = This(realm, thisValue);
        RequireArgs(realm, args, 1, "get");
        string name = WebIdl.ToUsvString(realm, args[0]);
        foreach (var e in fd.Entries)
        {
            if (e.Key == name) return e.Value;
        }

        return JsValue.Null;
    }

    [JsFunction("getAll", Length = 1, Flags = WebIdl.Op)]
    private static JsValue GetAll(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsFormData fd = This(realm, thisValue);
        RequireArgs(realm, args, 1, "getAll");
        string name = WebIdl.ToUsvString(realm, args[0]);
        var values = new List<JsValue>();
        foreach (var e in fd.Entries)
        {
            if (e.Key == name) values.Add(e.Value);
        }

        return JsArray.FromList(realm, values);
    }

    [JsFunction("has", Length = 1, Flags = WebIdl.Op)]
    private static JsValue Has(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsFormData fd = This(realm, thisValue);
        RequireArgs(realm, args, 1, "has");
        string name = WebIdl.ToUsvString(realm, args[0]);
        return fd.Entries.Exists(e => e.Key == name);
    }

    /// <summary>set: replaces the first entry of the name and removes the others, or appends.</summary>
    [JsFunction("set", Length = 2, Flags = WebIdl.Op)]
    private static JsValue Set(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsFormData fd = This(realm, thisValue);
        var entry = EntryOf(realm, args, "set");
        int first = fd.Entries.FindIndex(e => e.Key == entry.Key);
        if (first < 0)
        {
            fd.Entries.Add(entry);
            return default;
        }

        fd.Entries[first] = entry;
        for (int i = fd.Entries.Count - 1; i > first; i--)
        {
            if (fd.Entries[i].Key == entry.Key) fd.Entries.RemoveAt(i);
        }

        return default;
    }

    [JsFunction("keys", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Keys(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsFormDataIterator(realm.Intrinsics.FormDataIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Keys);

    [JsFunction("values", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsFormDataIterator(realm.Intrinsics.FormDataIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Values);

    [JsFunction("entries", Length = 0, Flags = WebIdl.Op, Alias = "[Symbol.iterator]")]
    private static JsValue EntriesMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        new JsFormDataIterator(realm.Intrinsics.FormDataIteratorPrototype, This(realm, thisValue), CollectionIterationKind.Entries);

    [JsFunction("forEach", Length = 1, Flags = WebIdl.Op)]
    private static JsValue ForEach(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        JsFormData fd = This(realm, thisValue);
        if (args.At(0)._ref is not JsFunction callback) throw realm.TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
        for (int i = 0; i < fd.Entries.Count; i++)
        {
            callback.Call3(args.At(1), fd.Entries[i].Value, fd.Entries[i].Key, fd);
        }

        return default;
    }
}

internal sealed class JsFormDataIterator(JsObject prototype, JsFormData target, CollectionIterationKind kind) : JsObject(prototype)
{
    public JsFormData Target { get; } = target;

    public CollectionIterationKind Kind { get; } = kind;

    public int Index;

    public override string ClassName => "FormData Iterator";
}

[JsToStringTag("FormData Iterator")]
internal static partial class FormDataIteratorPrototype
{
    [JsFunction("next", Length = 0, Flags = WebIdl.Op)]
    private static JsValue Next(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (thisValue._ref is not JsFormDataIterator iterator) throw WebIdl.IllegalInvocation(realm);
        var entries = iterator.Target.Entries;
        if (iterator.Index >= entries.Count) return IteratorRecord.CreateIterResultObject(realm, default, true);
        var entry = entries[iterator.Index++];
        JsValue value = iterator.Kind switch
        {
            CollectionIterationKind.Keys => entry.Key,
            CollectionIterationKind.Values => entry.Value,
            _ => JsArray.FromList(realm, [entry.Key, entry.Value]),
        };
        return IteratorRecord.CreateIterResultObject(realm, value, false);
    }
}
