import { useId } from 'react';

interface FilePickButtonProps {
  /** What the button shows. */
  text: string;
  /** The input's accessible name, which says what kind of file is expected. */
  label: string;
  accept: string;
  className?: string;
  onFile: (file: File) => void;
}

/**
 * A button that opens the file picker: a label styled as a button for a hidden file input,
 * reset after each pick so that the same file can be picked again.
 */
export function FilePickButton({ text, label, accept, className, onFile }: FilePickButtonProps) {
  const inputId = useId();
  return (
    <>
      <label htmlFor={inputId} className={className ?? 'button button--secondary'}>
        {text}
      </label>
      <input
        id={inputId}
        type="file"
        accept={accept}
        className="visually-hidden"
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
