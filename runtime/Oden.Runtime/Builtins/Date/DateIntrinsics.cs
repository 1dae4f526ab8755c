// %Date% and %Date.prototype% (an ordinary object, not a Date instance), wired lazily like the other
// constructor/prototype pairs, and the global binding "Date".
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed unsafe partial class Intrinsics
{
    private JsObject? _datePrototype;
    private JsFunction? _dateConstructor;

    public JsObject DatePrototype => _datePrototype ?? InitPair(ref _datePrototype, ref _dateConstructor,
        new JsObject(ObjectPrototype), Builtins.DatePrototype.DefineProperties,
        Builtins.DateConstructor.CreateConstructor, Builtins.DateConstructor.DefineProperties).Prototype;

    public JsFunction DateConstructor => _dateConstructor ?? (DatePrototype is not null ? _dateConstructor! : null!);

    [JsGlobal("Date")] private JsValue DateBinding => DateConstructor;
}
