// Printing class definitions: `class Name extends Heritage { constructor ...; static get [key] ... }`.
namespace Oden.Compiler.BoundTree;

public sealed partial class BoundTreePrinter
{
    private void Class(BoundClass node)
    {
        Write("class");
        if (node.InnerBinding is not null) Write(" " + node.InnerBinding.Name);
        if (node.Heritage is not null)
        {
            Write(" extends ");
            Operand(node.Heritage);
        }
        Write(" {\n");
        _indent++;
        ScopeComment(node.Scope);
        StartLine();
        Function(node.Constructor);
        Write("\n");
        foreach (var member in node.Members)
        {
            StartLine();
            if (member.IsStatic) Write("static ");
            if (member.MemberKind == ClassMemberKind.Getter) Write("get ");
            if (member.MemberKind == ClassMemberKind.Setter) Write("set ");
            if (member.ComputedKey is not null) { Write("["); Expression(member.ComputedKey); Write("]"); }
            else Write(ConstantValue.Quote(member.Name!));
            if (member.Function is not null)
            {
                Write(": ");
                Function(member.Function);
            }
            else if (member.KeySymbol is not null)
            {
                Write(" -> " + Name(member.KeySymbol));
            }
            Write("\n");
        }
        if (node.InstanceInitializer is not null)
        {
            StartLine();
            Write("fields: ");
            Function(node.InstanceInitializer);
            Write("\n");
        }
        foreach (var initializer in node.StaticInitializers)
        {
            StartLine();
            Write("static: ");
            Function(initializer);
            Write("\n");
        }
        _indent--;
        StartLine();
        Write("}");
    }
}
