interface CheckboxGroupProps<T extends string> {
  legend: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  help?: string;
}

/** A set of ticks under one legend; the selection keeps the options' order. */
export function CheckboxGroup<T extends string>({
  legend,
  options,
  selected,
  onChange,
  help,
}: CheckboxGroupProps<T>) {
  return (
    <fieldset className="service-catalogue__checks">
      <legend className="field__label">{legend}</legend>
      {help && <p className="field__help">{help}</p>}
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                onChange={(event) =>
                  onChange(
                    options
                      .map((candidate) => candidate.value)
                      .filter((value) =>
                        value === option.value ? event.target.checked : selected.includes(value),
                      ),
                  )
                }
              />{' '}
              {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
