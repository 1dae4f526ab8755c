using Oden.Compiler;
using Oden.Hosting.Loading;

namespace Oden.Cli.Commands;

/// <summary>odenc in.js -o out.dll</summary>
internal static class CompileCommand
{
    public static int Execute(CommandLine options, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(options.Input))
        {
            stderr.WriteLine($"{options.Input}: error ODN0001: file not found");
            return 1;
        }

        string output = options.Output ?? Path.ChangeExtension(options.Input, ".dll");
        var compilation = OdenCompilation.Create(options.Input, new CompilationOptions
        {
            Mode = options.ClassicScript ? ScriptMode.ClassicScript : ScriptMode.CommonJsModule,
            AssemblyName = Path.GetFileNameWithoutExtension(output),
        });

        using var pe = new MemoryStream();
        using var pdb = new MemoryStream();
        EmitResult result = compilation.Emit(pe, options.EmbedPdb ? null : pdb, Path.GetFileName(Path.ChangeExtension(output, ".pdb")));
        foreach (string text in DiagnosticFormatter.Format(result.Diagnostics, compilation)) stderr.WriteLine(text);
        if (!result.Success) return 1;

        string? dir = Path.GetDirectoryName(Path.GetFullPath(output));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllBytes(output, pe.ToArray());
        if (!options.EmbedPdb) File.WriteAllBytes(Path.ChangeExtension(output, ".pdb"), pdb.ToArray());
        return 0;
    }
}
