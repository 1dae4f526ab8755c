// BuiltinTableGenerator: turns the [Js*] attributes on builtin classes into property tables, so that the
// JavaScript-visible surface of every builtin (name, length, attributes) is declared once, next to its
// implementation (STYLE.md rule 6; QuickJS's JS_CFUNC_DEF lists, generated).
//
// For each class with [JsFunction]/[JsGetter]/[JsSetter]/[JsConstant] members or [JsToStringTag] it emits
//     internal static void DefineProperties(Realm realm, JsObject target)
// defining the members in declaration order (a [JsFunction] with an Alias is defined under both keys). A [JsConstructor] method gets
//     internal static JsBuiltinFunction CreateConstructor(Realm realm)
// and [JsGlobal] properties of Intrinsics become the global object's table (names, attributes, values).
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Oden.Runtime.Generators;

[Generator(LanguageNames.CSharp)]
public sealed class BuiltinTableGenerator : IIncrementalGenerator
{
    private const string Ns = "Oden.Runtime.Builtins.";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterSourceOutput(context.CompilationProvider, static (spc, compilation) => Execute(spc, compilation));
    }

    private static void Execute(SourceProductionContext spc, Compilation compilation)
    {
        var globals = new List<(string Name, string Flags, string Member)>();
        foreach (INamedTypeSymbol type in AllTypes(compilation.Assembly.GlobalNamespace))
        {
            if (type.Locations.All(l => !l.IsInSource)) continue;
            string? table = BuildTable(type);
            if (table is not null)
            {
                spc.AddSource(HintName(type) + ".Properties.g.cs", table);
            }

            if (type.Name == "Intrinsics")
            {
                foreach (ISymbol member in type.GetMembers())
                {
                    AttributeData? g = Attr(member, "JsGlobalAttribute");
                    if (g is null) continue;
                    globals.Add(((string)g.ConstructorArguments[0].Value!, FlagsOf(g, "PropertyFlags.Hidden"), member.Name));
                }

                spc.AddSource("Intrinsics.Globals.g.cs", BuildGlobals(type, globals));
            }
        }
    }

    private static string HintName(INamedTypeSymbol type) => type.ToDisplayString().Replace('<', '_').Replace('>', '_');

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
        {
            if (member is INamespaceSymbol child)
            {
                foreach (var t in AllTypes(child)) yield return t;
            }
            else if (member is INamedTypeSymbol type)
            {
                yield return type;
                foreach (var nested in type.GetTypeMembers()) yield return nested;
            }
        }
    }

    private static AttributeData? Attr(ISymbol symbol, string name) =>
        symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == Ns + name);

    private static string FlagsOf(AttributeData a, string fallback)
    {
        foreach (var named in a.NamedArguments)
        {
            if (named.Key == "Flags" && named.Value.Value is object v)
            {
                return "(PropertyFlags)" + System.Convert.ToInt32(v);
            }
        }

        return fallback;
    }

    private static string? AliasOf(AttributeData a)
    {
        foreach (var named in a.NamedArguments)
        {
            if (named.Key == "Alias" && named.Value.Value is string v) return v;
        }

        return null;
    }

    private static int LengthOf(AttributeData a)
    {
        foreach (var named in a.NamedArguments)
        {
            if (named.Key == "Length" && named.Value.Value is int v) return v;
        }

        return 0;
    }

    /// <summary>The property key expression and the function-name expression for a declared name.</summary>
    private static (string Key, string FunctionName) KeyOf(string name, string prefix)
    {
        if (name.StartsWith("[Symbol.", System.StringComparison.Ordinal) && name.EndsWith("]", System.StringComparison.Ordinal))
        {
            string wk = name.Substring(8, name.Length - 9);
            string fn = prefix + name;
            return ("PropertyKey.FromSymbol(JsSymbol.WellKnown(\"" + wk + "\")!)", Literal(fn));
        }

        return ("PropertyKey.FromString(" + Literal(name) + ")", Literal(prefix + name));
    }

    private static string Literal(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string? BuildTable(INamedTypeSymbol type)
    {
        var body = new StringBuilder();
        var accessors = new Dictionary<string, (string? Getter, string? Setter, string Flags)>();
        var accessorOrder = new List<string>();
        string? constructor = null;
        bool any = false;

        AttributeData? tag = Attr(type, "JsToStringTagAttribute");

        foreach (ISymbol member in type.GetMembers())
        {
            AttributeData? fn = Attr(member, "JsFunctionAttribute");
            if (fn is not null)
            {
                any = true;
                var (key, fname) = KeyOf((string)fn.ConstructorArguments[0].Value!, "");
                string flags = FlagsOf(fn, "PropertyFlags.Hidden");
                string create = $"new JsBuiltinFunction(realm, JsValue.FromString({fname}), {LengthOf(fn)}, &{member.Name})";
                string? alias = AliasOf(fn);
                if (alias is null)
                {
                    body.AppendLine($"        target.DefineDataProperty({key}, {create}, {flags});");
                }
                else
                {
                    var (aliasKey, _) = KeyOf(alias, "");
                    body.AppendLine("        {");
                    body.AppendLine($"            JsValue f = {create};");
                    body.AppendLine($"            target.DefineDataProperty({key}, f, {flags});");
                    body.AppendLine($"            target.DefineDataProperty({aliasKey}, f, {flags});");
                    body.AppendLine("        }");
                }

                continue;
            }

            AttributeData? getter = Attr(member, "JsGetterAttribute");
            AttributeData? setter = Attr(member, "JsSetterAttribute");
            if (getter is not null || setter is not null)
            {
                any = true;
                AttributeData a = (getter ?? setter)!;
                string name = (string)a.ConstructorArguments[0].Value!;
                if (!accessors.TryGetValue(name, out var entry))
                {
                    accessorOrder.Add(name);
                    entry = (null, null, FlagsOf(a, "PropertyFlags.Configurable"));
                }

                if (getter is not null) entry.Getter = member.Name;
                else entry.Setter = member.Name;
                accessors[name] = entry;
                body.AppendLine("        // accessor " + name + " (defined below)");
                continue;
            }

            AttributeData? constant = Attr(member, "JsConstantAttribute");
            if (constant is not null)
            {
                any = true;
                var (key, _) = KeyOf((string)constant.ConstructorArguments[0].Value!, "");
                body.AppendLine($"        target.DefineDataProperty({key}, (JsValue){member.Name}, {FlagsOf(constant, "PropertyFlags.None")});");
                continue;
            }

            AttributeData? ctor = Attr(member, "JsConstructorAttribute");
            if (ctor is not null)
            {
                constructor = $"    internal static JsBuiltinFunction CreateConstructor(Realm realm) => new JsBuiltinFunction(realm, {Literal((string)ctor.ConstructorArguments[0].Value!)}, {LengthOf(ctor)}, &{member.Name});";
            }
        }

        foreach (string name in accessorOrder)
        {
            var e = accessors[name];
            var (key, getName) = KeyOf(name, "get ");
            var (_, setName) = KeyOf(name, "set ");
            string g = e.Getter is null ? "null" : $"new JsBuiltinFunction(realm, JsValue.FromString({getName}), 0, &{e.Getter})";
            string s = e.Setter is null ? "null" : $"new JsBuiltinFunction(realm, JsValue.FromString({setName}), 1, &{e.Setter})";
            body.AppendLine($"        target.DefineAccessorProperty({key}, {g}, {s}, {e.Flags});");
        }

        if (tag is not null)
        {
            any = true;
            body.AppendLine($"        target.DefineDataProperty(PropertyKey.FromSymbol(JsSymbol.ToStringTag), JsValue.FromString({Literal((string)tag.ConstructorArguments[0].Value!)}), PropertyFlags.Configurable);");
        }

        if (!any && constructor is null) return null;

        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/> by Oden.Runtime.Generators.BuiltinTableGenerator");
        sb.AppendLine("#nullable enable");
        sb.AppendLine("using Oden.Runtime;");
        sb.AppendLine();
        if (!type.ContainingNamespace.IsGlobalNamespace)
        {
            sb.AppendLine("namespace " + type.ContainingNamespace.ToDisplayString() + ";");
            sb.AppendLine();
        }

        sb.AppendLine($"unsafe partial class {type.Name}");
        sb.AppendLine("{");
        if (any)
        {
            sb.AppendLine("    /// <summary>Defines this builtin's declared properties on <paramref name=\"target\"/>.</summary>");
            sb.AppendLine("    internal static void DefineProperties(Realm realm, JsObject target)");
            sb.AppendLine("    {");
            sb.Append(body);
            sb.AppendLine("    }");
        }

        if (constructor is not null)
        {
            sb.AppendLine();
            sb.AppendLine(constructor);
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string BuildGlobals(INamedTypeSymbol type, List<(string Name, string Flags, string Member)> globals)
    {
        var sb = new StringBuilder();
        sb.AppendLine("// <auto-generated/> by Oden.Runtime.Generators.BuiltinTableGenerator");
        sb.AppendLine("#nullable enable");
        sb.AppendLine();
        sb.AppendLine("namespace " + type.ContainingNamespace.ToDisplayString() + ";");
        sb.AppendLine();
        sb.AppendLine("partial class Intrinsics");
        sb.AppendLine("{");
        sb.AppendLine("    /// <summary>The global object's builtin bindings, in definition order.</summary>");
        sb.AppendLine("    internal static readonly string[] s_globalNames =");
        sb.AppendLine("    [");
        foreach (var g in globals) sb.AppendLine("        " + Literal(g.Name) + ",");
        sb.AppendLine("    ];");
        sb.AppendLine();
        sb.AppendLine("    internal static readonly PropertyFlags[] s_globalFlags =");
        sb.AppendLine("    [");
        foreach (var g in globals) sb.AppendLine("        " + g.Flags + ",");
        sb.AppendLine("    ];");
        sb.AppendLine();
        sb.AppendLine("    /// <summary>Builds the value of the global binding at <paramref name=\"index\"/> of s_globalNames.</summary>");
        sb.AppendLine("    internal JsValue GetGlobalValue(int index) => index switch");
        sb.AppendLine("    {");
        for (int i = 0; i < globals.Count; i++) sb.AppendLine($"        {i} => (JsValue){globals[i].Member},");
        sb.AppendLine("        _ => throw new System.ArgumentOutOfRangeException(nameof(index)),");
        sb.AppendLine("    };");
        sb.AppendLine("}");
        return sb.ToString();
    }
}
