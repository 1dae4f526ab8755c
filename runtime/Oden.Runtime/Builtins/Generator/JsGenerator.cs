// JsGenerator: a generator object, [[GeneratorState]] plus the compiled frame that is its execution
// context. Resuming runs the frame's MoveNext on the caller's stack (no threads, no replay); the frame
// returns at the next yield, at a return, or by throwing.
namespace Oden.Runtime.Builtins;

internal enum GeneratorState : byte
{
    SuspendedStart,
    SuspendedYield,
    Executing,
    Completed,
}

public sealed class JsGenerator : JsObject
{
    private GeneratorState _state;
    private StateMachine? _frame;

    internal JsGenerator(JsObject prototype, StateMachine frame)
        : base(prototype)
    {
        _frame = frame;
        _state = GeneratorState.SuspendedStart;
    }

    public override string ClassName => "Generator";

    internal GeneratorState State => _state;

    /// <summary>
    /// GeneratorResume (mode next) and GeneratorResumeAbrupt (throw, return) in one: the iterator result
    /// of the next step, or the exception the body ends with.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-generatorresume"/>
    /// <see href="https://tc39.es/ecma262/#sec-generatorresumeabrupt"/>
    internal JsValue Resume(Realm realm, int mode, JsValue value)
    {
        ResumeResult step = Step(realm, mode, value, out JsValue result);
        return step == ResumeResult.RawResult ? result : IteratorRecord.CreateIterResultObject(realm, result, done: step == ResumeResult.Done);
    }

    /// <summary>
    /// Resume without the iterator result object: the value of the step and whether it ended the generator,
    /// or (RawResult) the inner result object a yield* step passes on as it is. IteratorRecord's generator
    /// steps use it: the object CreateIterResultObject would make is read right away through its own data
    /// properties, so nobody can tell it was never made.
    /// </summary>
    internal ResumeResult Step(Realm realm, int mode, JsValue value, out JsValue result)
    {
        // GeneratorValidate: 2-3. an executing generator cannot be resumed.
        if (_state == GeneratorState.Executing) throw realm.TypeError("Generator is already running");

        if (_state == GeneratorState.SuspendedStart && mode != StateMachine.ModeNext)
        {
            // GeneratorResumeAbrupt 4.a. If state is suspended-start, then set state to completed
            // (and release the frame: it can never run again).
            _state = GeneratorState.Completed;
            _frame = null;
        }

        if (_state == GeneratorState.Completed)
        {
            // GeneratorResumeAbrupt 5.a: a return completion gives { value, done: true }; a throw rethrows.
            if (mode == StateMachine.ModeThrow) throw new JsException(value);
            result = mode == StateMachine.ModeReturn ? value : default;
            return ResumeResult.Done;
        }

        StateMachine frame = _frame!;
        _state = GeneratorState.Executing;
        frame.Mode = mode;
        frame.Sent = value;
        bool threw = true;
        try
        {
            result = frame.MoveNext();
            threw = false;
        }
        finally
        {
            // The body threw: the generator is done. (A finally with two stores rather than a catch and
            // rethrow: handlers run on top of the frames being unwound, which after a RangeError for a
            // deep recursion leaves no stack for a rethrow.)
            if (threw)
            {
                _state = GeneratorState.Completed;
                _frame = null;
            }
        }

        if (frame.State > 0)
        {
            // GeneratorYield: suspended-yield; a yield* step passes the inner result object on as it is.
            _state = GeneratorState.SuspendedYield;
            return frame.SuspendKind == StateMachine.SuspendYieldRaw ? ResumeResult.RawResult : ResumeResult.Yielded;
        }

        // The body returned: CreateIterResultObject(value, true).
        _state = GeneratorState.Completed;
        _frame = null;
        return ResumeResult.Done;
    }
}

/// <summary>How a generator step ended (JsGenerator.Step).</summary>
internal enum ResumeResult : byte
{
    /// <summary>A yield: the result is the value, done is false.</summary>
    Yielded,

    /// <summary>The generator is done: the result is the value (the return value, or undefined).</summary>
    Done,

    /// <summary>A yield* step: the result is the inner iterator's result object, passed on as it is.</summary>
    RawResult,
}
