// The WritableStream and TransformStream intrinsics and their global bindings (standard dialect globals,
// like ReadableStream): a part of Intrinsics, created on first touch. Attributes come before operations
// (two tables per prototype), as in node.
using Oden.Runtime.Builtins;

namespace Oden.Runtime;

public sealed partial class Intrinsics
{
    private JsObject? _writableStreamPrototype;
    private JsFunction? _writableStreamConstructor;
    private JsObject? _writerPrototype;
    private JsFunction? _writerConstructor;
    private JsObject? _writableControllerPrototype;
    private JsFunction? _writableControllerConstructor;
    private JsObject? _transformStreamPrototype;
    private JsFunction? _transformStreamConstructor;
    private JsObject? _transformControllerPrototype;
    private JsFunction? _transformControllerConstructor;

    public JsObject WritableStreamPrototype => _writableStreamPrototype ?? InitPair(ref _writableStreamPrototype, ref _writableStreamConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) => { Web.WritableStreamPrototype.DefineProperties(realm, proto); Web.WritableStreamPrototypeMethods.DefineProperties(realm, proto); },
        Web.WritableStreamPrototype.CreateConstructor, null).Prototype;

    public JsFunction WritableStreamConstructor => _writableStreamConstructor ?? (WritableStreamPrototype is not null ? _writableStreamConstructor! : null!);

    public JsObject WritableStreamDefaultWriterPrototype => _writerPrototype ?? InitPair(ref _writerPrototype, ref _writerConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) => { Web.WritableStreamDefaultWriterPrototype.DefineProperties(realm, proto); Web.WritableStreamDefaultWriterPrototypeMethods.DefineProperties(realm, proto); },
        Web.WritableStreamDefaultWriterPrototype.CreateConstructor, null).Prototype;

    public JsFunction WritableStreamDefaultWriterConstructor => _writerConstructor ?? (WritableStreamDefaultWriterPrototype is not null ? _writerConstructor! : null!);

    public JsObject WritableStreamDefaultControllerPrototype => _writableControllerPrototype ?? InitPair(ref _writableControllerPrototype, ref _writableControllerConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) => { Web.WritableStreamDefaultControllerPrototype.DefineProperties(realm, proto); Web.WritableStreamDefaultControllerPrototypeMethods.DefineProperties(realm, proto); },
        Web.WritableStreamDefaultControllerPrototype.CreateConstructor, null).Prototype;

    public JsFunction WritableStreamDefaultControllerConstructor => _writableControllerConstructor ?? (WritableStreamDefaultControllerPrototype is not null ? _writableControllerConstructor! : null!);

    public JsObject TransformStreamPrototype => _transformStreamPrototype ?? InitPair(ref _transformStreamPrototype, ref _transformStreamConstructor,
        new JsObject(ObjectPrototype), Web.TransformStreamPrototype.DefineProperties, Web.TransformStreamPrototype.CreateConstructor, null).Prototype;

    public JsFunction TransformStreamConstructor => _transformStreamConstructor ?? (TransformStreamPrototype is not null ? _transformStreamConstructor! : null!);

    public JsObject TransformStreamDefaultControllerPrototype => _transformControllerPrototype ?? InitPair(ref _transformControllerPrototype, ref _transformControllerConstructor,
        new JsObject(ObjectPrototype), static (realm, proto) => { Web.TransformStreamDefaultControllerPrototype.DefineProperties(realm, proto); Web.TransformStreamDefaultControllerPrototypeMethods.DefineProperties(realm, proto); },
        Web.TransformStreamDefaultControllerPrototype.CreateConstructor, null).Prototype;

    public JsFunction TransformStreamDefaultControllerConstructor => _transformControllerConstructor ?? (TransformStreamDefaultControllerPrototype is not null ? _transformControllerConstructor! : null!);

    [JsGlobal("WritableStream")] private JsValue WritableStreamBinding => WritableStreamConstructor;
    [JsGlobal("WritableStreamDefaultWriter")] private JsValue WritableStreamDefaultWriterBinding => WritableStreamDefaultWriterConstructor;
    [JsGlobal("WritableStreamDefaultController")] private JsValue WritableStreamDefaultControllerBinding => WritableStreamDefaultControllerConstructor;
    [JsGlobal("TransformStream")] private JsValue TransformStreamBinding => TransformStreamConstructor;
    [JsGlobal("TransformStreamDefaultController")] private JsValue TransformStreamDefaultControllerBinding => TransformStreamDefaultControllerConstructor;
}
