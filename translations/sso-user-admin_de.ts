<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>UserAdmin::MainWindow</name>
    <message>
        <source>SSO User Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSO User Admin %1

The end-user table is not built yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
