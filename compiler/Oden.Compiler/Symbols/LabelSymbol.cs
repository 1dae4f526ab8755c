namespace Oden.Compiler.Symbols;

/// <summary>A jump target: a loop's break/continue point, a labelled statement's end, or one that lowering made.</summary>
public sealed class LabelSymbol
{

    public LabelSymbol(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public override string ToString() => Name;
}
