// TimSort (Tim Peters' adaptive, stable merge sort, as described in CPython's listsort.txt), used by
// Array.prototype.sort/toSorted with a user comparator. The spec leaves the sequence of comparator
// calls implementation-defined; we follow the one V8 makes (its sort is the same TimSort variant), so
// that inconsistent comparators (`(a, b) => a > b`, which never returns a negative number) and
// comparators with side effects give the results node gives. The details that decide the calls:
//   * natural runs are found left to right, comparing (a[i], a[i - 1]); a strictly descending run
//     (first comparison < 0) is reversed; runs shorter than minrun are extended by binary insertion,
//     comparing (pivot, a[mid]);
//   * the run stack keeps len[n-2] > len[n-1] + len[n] and len[n-1] > len[n] (checked one level
//     deeper too, which fixes the original invariant bug);
//   * a merge first gallops (key = first of B into A from the left, then last of A into B from the
//     right), then merges the shorter side through a buffer, switching to galloping after
//     `minGallop` consecutive wins of one side; minGallop starts at 7 and adapts.
// Only `compare(x, y) < 0` ("x sorts before y") is ever asked, so any int-returning comparison works.
namespace Oden.Runtime.Builtins;

internal sealed class TimSort<T>
{
    private const int InitialMinGallop = 7;

    private readonly T[] _a;
    private readonly Comparison<T> _compare;
    private readonly List<(int Base, int Length)> _runs = new();
    private T[] _buffer = [];
    private int _minGallop = InitialMinGallop;

    private TimSort(T[] items, Comparison<T> compare)
    {
        _a = items;
        _compare = compare;
    }

    /// <summary>Sorts <paramref name="items"/> in place.</summary>
    public static void Sort(T[] items, Comparison<T> compare)
    {
        if (items.Length < 2) return;
        new TimSort<T>(items, compare).Run();
    }

    private bool Less(T x, T y) => _compare(x, y) < 0;

    private void Run()
    {
        int n = _a.Length;
        int minRun = MinRunLength(n);
        int low = 0;
        int remaining = n;
        while (remaining > 0)
        {
            int runLength = CountRunAndMakeAscending(low, low + remaining);
            if (runLength < minRun)
            {
                int forced = Math.Min(minRun, remaining);
                BinaryInsertionSort(low, low + runLength, low + forced);
                runLength = forced;
            }

            _runs.Add((low, runLength));
            MergeCollapse();
            low += runLength;
            remaining -= runLength;
        }

        MergeForceCollapse();
    }

    /// <summary>n itself below 64; else a k in [32, 64] with n/k just below a power of two.</summary>
    private static int MinRunLength(int n)
    {
        int carry = 0;
        while (n >= 64)
        {
            carry |= n & 1;
            n >>= 1;
        }

        return n + carry;
    }

    /// <summary>Sorts [low, high) by binary insertion, given that [low, start) is sorted already.</summary>
    private void BinaryInsertionSort(int low, int start, int high)
    {
        if (start == low) start++;
        for (; start < high; start++)
        {
            T pivot = _a[start];
            int left = low, right = start;
            while (left < right)
            {
                int mid = left + ((right - left) >> 1);
                if (Less(pivot, _a[mid])) right = mid;
                else left = mid + 1;
            }

            // Equal elements stay before the pivot (left is past them): stable.
            Array.Copy(_a, left, _a, left + 1, start - left);
            _a[left] = pivot;
        }
    }

    /// <summary>The length of the run at low (non-descending, or strictly descending and then reversed).</summary>
    private int CountRunAndMakeAscending(int low, int high)
    {
        int next = low + 1;
        if (next == high) return 1;

        bool descending = Less(_a[next], _a[low]);
        int length = 2;
        for (int i = next + 1; i < high; i++)
        {
            bool less = Less(_a[i], _a[i - 1]);
            if (descending ? !less : less) break;
            length++;
        }

        if (descending) Array.Reverse(_a, low, length);
        return length;
    }

    private int RunLength(int i) => _runs[i].Length;

    /// <summary>len[n - 2] > len[n - 1] + len[n] (true when there are not three runs to compare).</summary>
    private bool InvariantHolds(int n) => n < 2 || RunLength(n - 2) > RunLength(n - 1) + RunLength(n);

    private void MergeCollapse()
    {
        while (_runs.Count > 1)
        {
            int n = _runs.Count - 2;
            if (!InvariantHolds(n + 1) || !InvariantHolds(n))
            {
                if (RunLength(n - 1) < RunLength(n + 1)) n--;
                MergeAt(n);
            }
            else if (RunLength(n) <= RunLength(n + 1))
            {
                MergeAt(n);
            }
            else
            {
                break;
            }
        }
    }

    private void MergeForceCollapse()
    {
        while (_runs.Count > 1)
        {
            int n = _runs.Count - 2;
            if (n > 0 && RunLength(n - 1) < RunLength(n + 1)) n--;
            MergeAt(n);
        }
    }

    /// <summary>Merges runs i and i + 1 of the stack.</summary>
    private void MergeAt(int i)
    {
        (int baseA, int lengthA) = _runs[i];
        (int baseB, int lengthB) = _runs[i + 1];
        _runs[i] = (baseA, lengthA + lengthB);
        _runs.RemoveAt(i + 1);

        // Elements of A not greater than B's first are in place already.
        int k = GallopRight(_a, _a[baseB], baseA, lengthA, 0);
        baseA += k;
        lengthA -= k;
        if (lengthA == 0) return;

        // Elements of B not less than A's last are in place already.
        lengthB = GallopLeft(_a, _a[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
        if (lengthB == 0) return;

        if (lengthA <= lengthB) MergeLow(baseA, lengthA, baseB, lengthB);
        else MergeHigh(baseA, lengthA, baseB, lengthB);
    }

    /// <summary>
    /// The offset in [0, length] where key goes in the sorted slice, left of any equal elements:
    /// a[base + k - 1] &lt; key &lt;= a[base + k]. Searches outwards from hint in steps 1, 3, 7, ….
    /// </summary>
    private int GallopLeft(T[] array, T key, int @base, int length, int hint)
    {
        int lastOffset = 0;
        int offset = 1;
        if (Less(array[@base + hint], key))
        {
            // Gallop right until a[hint + lastOffset] < key <= a[hint + offset].
            int maxOffset = length - hint;
            while (offset < maxOffset && Less(array[@base + hint + offset], key))
            {
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) offset = maxOffset;
            }

            if (offset > maxOffset) offset = maxOffset;
            lastOffset += hint;
            offset += hint;
        }
        else
        {
            // Gallop left until a[hint - offset] < key <= a[hint - lastOffset].
            int maxOffset = hint + 1;
            while (offset < maxOffset && !Less(array[@base + hint - offset], key))
            {
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) offset = maxOffset;
            }

            if (offset > maxOffset) offset = maxOffset;
            (lastOffset, offset) = (hint - offset, hint - lastOffset);
        }

        // Binary search in (lastOffset, offset].
        lastOffset++;
        while (lastOffset < offset)
        {
            int m = lastOffset + ((offset - lastOffset) >> 1);
            if (Less(array[@base + m], key)) lastOffset = m + 1;
            else offset = m;
        }

        return offset;
    }

    /// <summary>Like <see cref="GallopLeft"/>, but right of any equal elements: a[base + k - 1] &lt;= key &lt; a[base + k].</summary>
    private int GallopRight(T[] array, T key, int @base, int length, int hint)
    {
        int lastOffset = 0;
        int offset = 1;
        if (Less(key, array[@base + hint]))
        {
            // Gallop left until a[hint - offset] <= key < a[hint - lastOffset].
            int maxOffset = hint + 1;
            while (offset < maxOffset && Less(key, array[@base + hint - offset]))
            {
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) offset = maxOffset;
            }

            if (offset > maxOffset) offset = maxOffset;
            (lastOffset, offset) = (hint - offset, hint - lastOffset);
        }
        else
        {
            // Gallop right until a[hint + lastOffset] <= key < a[hint + offset].
            int maxOffset = length - hint;
            while (offset < maxOffset && !Less(key, array[@base + hint + offset]))
            {
                lastOffset = offset;
                offset = (offset << 1) + 1;
                if (offset <= 0) offset = maxOffset;
            }

            if (offset > maxOffset) offset = maxOffset;
            lastOffset += hint;
            offset += hint;
        }

        lastOffset++;
        while (lastOffset < offset)
        {
            int m = lastOffset + ((offset - lastOffset) >> 1);
            if (Less(key, array[@base + m])) offset = m;
            else lastOffset = m + 1;
        }

        return offset;
    }

    private T[] Buffer(int length)
    {
        if (_buffer.Length < length) _buffer = new T[Math.Max(length, _buffer.Length * 2)];
        return _buffer;
    }

    /// <summary>
    /// Merges A = [baseA, baseA + lengthA) and B (adjacent, after it) front to back with A in the buffer;
    /// lengthA &lt;= lengthB, B's first element goes first and A's last element goes last.
    /// </summary>
    private void MergeLow(int baseA, int lengthA, int baseB, int lengthB)
    {
        T[] a = _a;
        T[] tmp = Buffer(lengthA);
        Array.Copy(a, baseA, tmp, 0, lengthA);
        int dest = baseA, cursorA = 0, cursorB = baseB;

        a[dest++] = a[cursorB++];
        if (--lengthB == 0)
        {
            Array.Copy(tmp, cursorA, a, dest, lengthA);
            return;
        }

        if (lengthA == 1)
        {
            Array.Copy(a, cursorB, a, dest, lengthB);
            a[dest + lengthB] = tmp[cursorA];
            return;
        }

        int minGallop = _minGallop;
        while (true)
        {
            int winsA = 0, winsB = 0;

            // One element at a time until one side wins minGallop times in a row.
            while (true)
            {
                if (Less(a[cursorB], tmp[cursorA]))
                {
                    a[dest++] = a[cursorB++];
                    winsB++;
                    winsA = 0;
                    if (--lengthB == 0) goto Done;
                    if (winsB >= minGallop) break;
                }
                else
                {
                    a[dest++] = tmp[cursorA++];
                    winsA++;
                    winsB = 0;
                    if (--lengthA == 1) goto LastOfA;
                    if (winsA >= minGallop) break;
                }
            }

            // Gallop while either side keeps winning in blocks of at least 7.
            minGallop++;
            bool first = true;
            while (first || winsA >= InitialMinGallop || winsB >= InitialMinGallop)
            {
                first = false;
                minGallop = Math.Max(1, minGallop - 1);
                _minGallop = minGallop;

                winsA = GallopRight(tmp, a[cursorB], cursorA, lengthA, 0);
                if (winsA > 0)
                {
                    Array.Copy(tmp, cursorA, a, dest, winsA);
                    dest += winsA;
                    cursorA += winsA;
                    lengthA -= winsA;
                    if (lengthA == 1) goto LastOfA;
                    // Only an inconsistent comparator can empty A here.
                    if (lengthA == 0) goto Done;
                }

                a[dest++] = a[cursorB++];
                if (--lengthB == 0) goto Done;

                winsB = GallopLeft(a, tmp[cursorA], cursorB, lengthB, 0);
                if (winsB > 0)
                {
                    Array.Copy(a, cursorB, a, dest, winsB);
                    dest += winsB;
                    cursorB += winsB;
                    lengthB -= winsB;
                    if (lengthB == 0) goto Done;
                }

                a[dest++] = tmp[cursorA++];
                if (--lengthA == 1) goto LastOfA;
            }

            minGallop++; // leaving galloping mode costs a little
            _minGallop = minGallop;
        }

    Done:
        if (lengthA > 0) Array.Copy(tmp, cursorA, a, dest, lengthA);
        return;

    LastOfA:
        Array.Copy(a, cursorB, a, dest, lengthB);
        a[dest + lengthB] = tmp[cursorA];
    }

    /// <summary>
    /// Merges A and B back to front with B in the buffer; lengthA >= lengthB, A's last element goes last
    /// and B's first element goes first.
    /// </summary>
    private void MergeHigh(int baseA, int lengthA, int baseB, int lengthB)
    {
        T[] a = _a;
        T[] tmp = Buffer(lengthB);
        Array.Copy(a, baseB, tmp, 0, lengthB);
        int dest = baseB + lengthB - 1, cursorB = lengthB - 1, cursorA = baseA + lengthA - 1;

        a[dest--] = a[cursorA--];
        if (--lengthA == 0)
        {
            Array.Copy(tmp, 0, a, dest - (lengthB - 1), lengthB);
            return;
        }

        if (lengthB == 1)
        {
            dest -= lengthA;
            cursorA -= lengthA;
            Array.Copy(a, cursorA + 1, a, dest + 1, lengthA);
            a[dest] = tmp[cursorB];
            return;
        }

        int minGallop = _minGallop;
        while (true)
        {
            int winsA = 0, winsB = 0;
            while (true)
            {
                if (Less(tmp[cursorB], a[cursorA]))
                {
                    a[dest--] = a[cursorA--];
                    winsA++;
                    winsB = 0;
                    if (--lengthA == 0) goto Done;
                    if (winsA >= minGallop) break;
                }
                else
                {
                    a[dest--] = tmp[cursorB--];
                    winsB++;
                    winsA = 0;
                    if (--lengthB == 1) goto FirstOfB;
                    if (winsB >= minGallop) break;
                }
            }

            minGallop++;
            bool first = true;
            while (first || winsA >= InitialMinGallop || winsB >= InitialMinGallop)
            {
                first = false;
                minGallop = Math.Max(1, minGallop - 1);
                _minGallop = minGallop;

                int k = GallopRight(a, tmp[cursorB], baseA, lengthA, lengthA - 1);
                winsA = lengthA - k;
                if (winsA > 0)
                {
                    dest -= winsA;
                    cursorA -= winsA;
                    Array.Copy(a, cursorA + 1, a, dest + 1, winsA);
                    lengthA -= winsA;
                    if (lengthA == 0) goto Done;
                }

                a[dest--] = tmp[cursorB--];
                if (--lengthB == 1) goto FirstOfB;

                k = GallopLeft(tmp, a[cursorA], 0, lengthB, lengthB - 1);
                winsB = lengthB - k;
                if (winsB > 0)
                {
                    dest -= winsB;
                    cursorB -= winsB;
                    Array.Copy(tmp, cursorB + 1, a, dest + 1, winsB);
                    lengthB -= winsB;
                    if (lengthB == 1) goto FirstOfB;
                    // Only an inconsistent comparator can empty B here.
                    if (lengthB == 0) goto Done;
                }

                a[dest--] = a[cursorA--];
                if (--lengthA == 0) goto Done;
            }

            minGallop++;
            _minGallop = minGallop;
        }

    Done:
        if (lengthB > 0) Array.Copy(tmp, 0, a, dest - (lengthB - 1), lengthB);
        return;

    FirstOfB:
        dest -= lengthA;
        cursorA -= lengthA;
        Array.Copy(a, cursorA + 1, a, dest + 1, lengthA);
        a[dest] = tmp[cursorB];
    }
}
