// Generated from src/engine/exceptions.schema.json by scripts/gen-validators.mjs (ajv standalone code). Do not edit: change the schema and run `npm run gen:validators`.
// @ts-nocheck
/* eslint-disable */
import type { Validator } from '../util/ajv.js';
import ajvFormats from 'ajv-formats/dist/formats.js';
import runtime_ucs2length from 'ajv/dist/runtime/ucs2length.js';
"use strict";
export const exceptions = validate10 as unknown as Validator;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://gatehouse.dev/schemas/exceptions-1.json","title":"ExceptionsFile","description":"gatehouse.exceptions.yaml (or .json): accepted risks, each scoped to a rule and optionally to named objects, with a reason, an owner and an expiry date.","type":"object","additionalProperties":false,"required":["exceptions"],"properties":{"$schema":{"type":"string"},"exceptions":{"type":"array","items":{"$ref":"#/definitions/exception"}}},"definitions":{"exception":{"type":"object","additionalProperties":false,"required":["rule","justification","owner","expires"],"properties":{"rule":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"Rule id (see `gatehouse rules`). An id gatehouse does not know is a config error."},"resources":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"pattern":"\\S"},"description":"Objects the exception covers: resource ids (object id, partner tenant id, policy id), Graph-style resource paths, a guest's userPrincipalName or mail, a partner's domain — or simple patterns where * matches any run of characters (e.g. *@northwind.example). Matching ignores case. Display names are never matched: anyone who can rename an object could otherwise opt it into an exception. Omit to cover every finding of the rule."},"justification":{"type":"string","minLength":1,"pattern":"\\S","description":"Why the risk is accepted."},"owner":{"type":"string","minLength":1,"pattern":"\\S","description":"Who accepted it and answers for it."},"expires":{"type":"string","format":"date","description":"YYYY-MM-DD. The exception applies up to and including this day (UTC) relative to the scan's --as-of date; afterwards the findings count again and the report lists the exception as expired."}}}}};
const schema12 = {"type":"object","additionalProperties":false,"required":["rule","justification","owner","expires"],"properties":{"rule":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"Rule id (see `gatehouse rules`). An id gatehouse does not know is a config error."},"resources":{"type":"array","minItems":1,"items":{"type":"string","minLength":1,"pattern":"\\S"},"description":"Objects the exception covers: resource ids (object id, partner tenant id, policy id), Graph-style resource paths, a guest's userPrincipalName or mail, a partner's domain — or simple patterns where * matches any run of characters (e.g. *@northwind.example). Matching ignores case. Display names are never matched: anyone who can rename an object could otherwise opt it into an exception. Omit to cover every finding of the rule."},"justification":{"type":"string","minLength":1,"pattern":"\\S","description":"Why the risk is accepted."},"owner":{"type":"string","minLength":1,"pattern":"\\S","description":"Who accepted it and answers for it."},"expires":{"type":"string","format":"date","description":"YYYY-MM-DD. The exception applies up to and including this day (UTC) relative to the scan's --as-of date; afterwards the findings count again and the report lists the exception as expired."}}};
const pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern1 = new RegExp("\\S", "u");
const func2 = (runtime_ucs2length.default ?? runtime_ucs2length);
const formats0 = ajvFormats.fullFormats.date;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://gatehouse.dev/schemas/exceptions-1.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.exceptions === undefined) && (missing0 = "exceptions")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "exceptions"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
const _errs2 = errors;
if(typeof data.$schema !== "string"){
validate10.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exceptions !== undefined){
let data1 = data.exceptions;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if(((((data2.rule === undefined) && (missing1 = "rule")) || ((data2.justification === undefined) && (missing1 = "justification"))) || ((data2.owner === undefined) && (missing1 = "owner"))) || ((data2.expires === undefined) && (missing1 = "expires"))){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/definitions/exception/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs9 = errors;
for(const key1 in data2){
if(!(((((key1 === "rule") || (key1 === "resources")) || (key1 === "justification")) || (key1 === "owner")) || (key1 === "expires"))){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/definitions/exception/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs9 === errors){
if(data2.rule !== undefined){
let data3 = data2.rule;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/rule",schemaPath:"#/definitions/exception/properties/rule/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/rule",schemaPath:"#/definitions/exception/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.resources !== undefined){
let data4 = data2.resources;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
if(data4.length < 1){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/resources",schemaPath:"#/definitions/exception/properties/resources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid4 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if(func2(data5) < 1){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/resources/" + i1,schemaPath:"#/definitions/exception/properties/resources/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data5)){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/resources/" + i1,schemaPath:"#/definitions/exception/properties/resources/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/resources/" + i1,schemaPath:"#/definitions/exception/properties/resources/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/resources",schemaPath:"#/definitions/exception/properties/resources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.justification !== undefined){
let data6 = data2.justification;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if(func2(data6) < 1){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/justification",schemaPath:"#/definitions/exception/properties/justification/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data6)){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/justification",schemaPath:"#/definitions/exception/properties/justification/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/justification",schemaPath:"#/definitions/exception/properties/justification/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.owner !== undefined){
let data7 = data2.owner;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if(func2(data7) < 1){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/owner",schemaPath:"#/definitions/exception/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern1.test(data7)){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/owner",schemaPath:"#/definitions/exception/properties/owner/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/owner",schemaPath:"#/definitions/exception/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data2.expires !== undefined){
let data8 = data2.expires;
const _errs20 = errors;
if(errors === _errs20){
if(errors === _errs20){
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/expires",schemaPath:"#/definitions/exception/properties/expires/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0+"/expires",schemaPath:"#/definitions/exception/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions/" + i0,schemaPath:"#/definitions/exception/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

