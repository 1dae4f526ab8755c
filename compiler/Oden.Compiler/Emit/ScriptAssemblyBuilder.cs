// Emit: lowered modules → one persisted assembly (PersistedAssemblyBuilder) with a portable PDB.
//
// Layout of a generated assembly (it references only Oden.Runtime and the core library):
//   [assembly: OdenScript(abi, "standard", typeof(Oden.Generated.Entry))]
//   Oden.Generated.Entry     public static JsValue Run(Realm realm)
//   Oden.Generated.Modules   : ModuleRegistry (CommonJS mode): module ids, require tables, module factory
//   Oden.Generated.ModuleN   body methods of module N's functions
//   Oden.Generated.ModuleNStaticsK  its inline caches, regex literals and literal shapes (8192 per type), with their .cctor
//   Oden.Generated.ClosureN  one sealed JsClosure subclass per JavaScript function
//   Oden.Generated.EnvN      one class per scope with captured bindings
// Each module's source file is a PDB document, so stack traces read handler.js:line.
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Oden.Compiler.BoundTree;
using Oden.Compiler.CodeGen;

namespace Oden.Compiler.Emit;

/// <summary>A module ready to emit: its lowered tree, CommonJS names, and resolved literal requires.</summary>
internal sealed record EmitModule(BoundScript Script, string Id, string Filename, string Dirname, IReadOnlyList<(string Specifier, int Target)> Requires);

internal static partial class ScriptAssemblyBuilder
{
    /// <summary>The language id of JavaScript documents in portable PDBs (JScript's, which tools recognise).</summary>
    private static readonly Guid s_javaScriptLanguage = new("3A12D0B6-C26C-11D0-B442-00A0244A1DD2");

    public const string Dialect = "standard";

    public static void Build(string assemblyName, IReadOnlyList<EmitModule> modules, ScriptMode mode, Stream peStream, Stream? pdbStream, string pdbPath, string cachePrefix, Diagnostics.DiagnosticBag diagnostics,
        bool countCacheAccesses = false)
        => Build(assemblyName, modules, mode, peStream, pdbStream, pdbPath, cachePrefix, diagnostics, entryOverride: null, countCacheAccesses);

    /// <param name="entryOverride">Defines the entry type instead of the module or script entry (eval code; see ScriptAssemblyBuilder_Dynamic).</param>
    private static void Build(string assemblyName, IReadOnlyList<EmitModule> modules, ScriptMode mode, Stream peStream, Stream? pdbStream, string pdbPath, string cachePrefix, Diagnostics.DiagnosticBag diagnostics,
        Func<EmitContext, FunctionPlan, TypeBuilder>? entryOverride, bool countCacheAccesses = false)
    {
        var name = new AssemblyName(assemblyName) { Version = new Version(1, 0, 0, 0) };
        var assembly = new PersistedAssemblyBuilder(name, typeof(object).Assembly);
        var moduleBuilder = assembly.DefineDynamicModule(assemblyName + ".dll");
        var context = new EmitContext(moduleBuilder, diagnostics) { CountCacheAccesses = countCacheAccesses };

        foreach (var module in modules) EmitContext.PrepareCaptures(module.Script.TopLevel);

        var moduleContexts = new List<ModuleContext>();
        var documents = new Dictionary<string, System.Diagnostics.SymbolStore.ISymbolDocumentWriter>(StringComparer.Ordinal);
        for (int i = 0; i < modules.Count; i++)
        {
            var file = modules[i].Script.File;
            if (!documents.TryGetValue(file.Path, out var document))
                documents[file.Path] = document = moduleBuilder.DefineDocument(file.Path, s_javaScriptLanguage);
            var moduleContext = new ModuleContext(context, i, file, document);
            moduleContexts.Add(moduleContext);
            context.DefineFunctions(moduleContext, modules[i].Script.TopLevel);
        }

        foreach (var plan in context.Plans.ToList()) CodeGenerator.Compile(context, plan);
        foreach (var moduleContext in moduleContexts) moduleContext.EmitStaticConstructors();
        if (diagnostics.HasErrors) return;

        var topLevels = modules.Select(m => context.PlanOf(m.Script.TopLevel.Symbol)).ToList();
        var entry = entryOverride is not null
            ? new EntryTypes([entryOverride(context, topLevels[0])])
            : mode == ScriptMode.CommonJsModule
                ? DefineModuleEntry(context, modules, topLevels, cachePrefix)
                : DefineScriptEntry(context, modules[0], topLevels[0]);

        // Create every type (order does not matter for a persisted assembly, but all must be created).
        foreach (var moduleContext in moduleContexts)
        {
            moduleContext.Type.CreateType();
            foreach (var holder in moduleContext.StaticHolders) holder.CreateType();
        }
        foreach (var plan in context.Plans) plan.ClosureType.CreateType();
        foreach (var plan in context.Plans) plan.StateMachine?.FrameType.CreateType();
        foreach (var environment in context.Environments.ToList()) environment.Type.CreateType();
        foreach (var type in entry.Types) type.CreateType();

        assembly.SetCustomAttribute(new CustomAttributeBuilder(
            RuntimeMembers.OdenScriptAttributeCtor, [RuntimeMembers.AbiVersion, Dialect, entry.Types[0]]));

        Save(assembly, peStream, pdbStream, pdbPath);
    }

    private sealed record EntryTypes(TypeBuilder[] Types);

    /// <summary>Entry.Run(realm) => registry.RunMain(realm), with the registry of every module.</summary>
    private static EntryTypes DefineModuleEntry(EmitContext context, IReadOnlyList<EmitModule> modules, List<FunctionPlan> topLevels, string cachePrefix)
    {
        var module = context.Module;

        var registry = module.DefineType($"{context.Namespace}.Modules", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, RuntimeMembers.ModuleRegistry);
        var ctor = registry.DefineConstructor(MethodAttributes.Public | MethodAttributes.HideBySig, CallingConventions.Standard, Type.EmptyTypes);
        var il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        // The cache prefix keeps two scripts' module ids apart in one realm.
        il.Emit(OpCodes.Ldstr, cachePrefix);
        ModuleContext.EmitStringArray(il, modules.Select(m => m.Id).ToList());
        ModuleContext.EmitStringArray(il, modules.Select(m => m.Filename).ToList());
        ModuleContext.EmitStringArray(il, modules.Select(m => m.Dirname).ToList());
        il.Emit(OpCodes.Ldc_I4, modules.Count);
        il.Emit(OpCodes.Newarr, typeof(string[]));
        for (int i = 0; i < modules.Count; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            ModuleContext.EmitStringArray(il, modules[i].Requires.Select(r => r.Specifier).ToList());
            il.Emit(OpCodes.Stelem_Ref);
        }
        il.Emit(OpCodes.Ldc_I4, modules.Count);
        il.Emit(OpCodes.Newarr, typeof(int[]));
        for (int i = 0; i < modules.Count; i++)
        {
            il.Emit(OpCodes.Dup);
            il.Emit(OpCodes.Ldc_I4, i);
            var targets = modules[i].Requires.Select(r => r.Target).ToList();
            il.Emit(OpCodes.Ldc_I4, targets.Count);
            il.Emit(OpCodes.Newarr, typeof(int));
            for (int j = 0; j < targets.Count; j++)
            {
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Ldc_I4, j);
                il.Emit(OpCodes.Ldc_I4, targets[j]);
                il.Emit(OpCodes.Stelem_I4);
            }
            il.Emit(OpCodes.Stelem_Ref);
        }
        il.Emit(OpCodes.Call, RuntimeMembers.ModuleRegistryCtor);
        il.Emit(OpCodes.Ret);

        var create = registry.DefineMethod("CreateModuleFunction",
            MethodAttributes.Family | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final,
            RuntimeMembers.JsFunction, [RuntimeMembers.Realm, typeof(int)]);
        il = create.GetILGenerator();
        var labels = topLevels.Select(_ => il.DefineLabel()).ToArray();
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Switch, labels);
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ret);
        for (int i = 0; i < labels.Length; i++)
        {
            il.MarkLabel(labels[i]);
            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Newobj, topLevels[i].Constructor);
            il.Emit(OpCodes.Ret);
        }
        registry.DefineMethodOverride(create, RuntimeMembers.ModuleRegistryCreateModuleFunction);

        var entry = module.DefineType($"{context.Namespace}.Entry", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
        var instance = entry.DefineField("s_modules", registry, FieldAttributes.Private | FieldAttributes.Static | FieldAttributes.InitOnly);
        il = entry.DefineTypeInitializer().GetILGenerator();
        il.Emit(OpCodes.Newobj, ctor);
        il.Emit(OpCodes.Stsfld, instance);
        il.Emit(OpCodes.Ret);

        var run = entry.DefineMethod("Run", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, RuntimeMembers.JsValue, [RuntimeMembers.Realm]);
        run.DefineParameter(1, ParameterAttributes.None, "realm");
        il = run.GetILGenerator();
        il.Emit(OpCodes.Ldsfld, instance);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Callvirt, RuntimeMembers.ModuleRegistryRunMain);
        il.Emit(OpCodes.Ret);
        return new EntryTypes([entry, registry]);
    }

    /// <summary>
    /// Entry.Run(realm) for a classic script: GlobalDeclarationInstantiation's var bindings (function
    /// bindings are the first statements of the script body), then the body with this = the global object.
    /// </summary>
    private static EntryTypes DefineScriptEntry(EmitContext context, EmitModule script, FunctionPlan topLevel)
    {
        var entry = context.Module.DefineType($"{context.Namespace}.Entry", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
        var run = entry.DefineMethod("Run", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig, RuntimeMembers.JsValue, [RuntimeMembers.Realm]);
        run.DefineParameter(1, ParameterAttributes.None, "realm");
        var il = run.GetILGenerator();
        foreach (var name in script.Script.GlobalVarNames)
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldstr, name);
            il.Emit(OpCodes.Ldc_I4_0);
            il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
            il.Emit(OpCodes.Call, RuntimeMembers.DeclareGlobalVar);
        }
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Newobj, topLevel.Constructor);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Callvirt, RuntimeMembers.RealmGlobalObject);
        il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromObject);
        il.Emit(OpCodes.Callvirt, RuntimeMembers.FunctionCall0);
        il.Emit(OpCodes.Pop);
        il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        il.Emit(OpCodes.Ret);
        return new EntryTypes([entry]);
    }

    /// <summary>Writes the PE image and its portable PDB: side by side when a PDB stream is given, embedded otherwise.</summary>
    private static void Save(PersistedAssemblyBuilder assembly, Stream peStream, Stream? pdbStream, string pdbPath)
    {
        MetadataBuilder metadata = assembly.GenerateMetadata(out BlobBuilder ilStream, out BlobBuilder fieldData, out MetadataBuilder pdbMetadata);

        var portablePdb = new PortablePdbBuilder(pdbMetadata, metadata.GetRowCounts(), entryPoint: default);
        var pdbBlob = new BlobBuilder();
        BlobContentId pdbId = portablePdb.Serialize(pdbBlob);

        var debugDirectory = new DebugDirectoryBuilder();
        debugDirectory.AddCodeViewEntry(pdbPath, pdbId, portablePdb.FormatVersion);
        if (pdbStream is not null)
        {
            pdbBlob.WriteContentTo(pdbStream);
        }
        else
        {
            debugDirectory.AddEmbeddedPortablePdbEntry(pdbBlob, portablePdb.FormatVersion);
        }

        var peBuilder = new ManagedPEBuilder(
            header: new PEHeaderBuilder(imageCharacteristics: Characteristics.Dll | Characteristics.ExecutableImage),
            metadataRootBuilder: new MetadataRootBuilder(metadata),
            ilStream: ilStream,
            mappedFieldData: fieldData,
            debugDirectoryBuilder: debugDirectory);
        var peBlob = new BlobBuilder();
        peBuilder.Serialize(peBlob);
        peBlob.WriteContentTo(peStream);
    }
}
